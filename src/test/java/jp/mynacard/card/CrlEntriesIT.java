package jp.mynacard.card;

import static jp.mynacard.testing.ApiClient.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynacard.it.ItServer;
import jp.mynacard.openapi.ContractProxy;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItCards;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.OpenSsl;
import jp.mynacard.testing.RegistryRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's promises on the CRL's contents (issue 12): nextUpdate is thisUpdate + the configured
 * validity (PT24H in the test server), a revoked or held certificate leaves the list once it has
 * expired, a change of address revokes with affiliationChanged and an abolition other than a
 * re-issue with cessationOfOperation. Read as a relying party reads it: openssl, against the CA.
 */
@ExtendWith(ArquillianExtension.class)
// every call to /api/v1 through Prism: one that breaks the OpenAPI document fails (issue 15)
@ExtendWith(ContractProxy.class)
class CrlEntriesIT {
  private static final DateTimeFormatter OPENSSL_TIME =
      DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy", Locale.ROOT);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Test
  void nextUpdateIsThisUpdatePlusTheConfiguredValidity() throws Exception {
    ItIds ids = ItIds.fresh();
    ApiClient.importRows(List.of(ItCards.valid(ids, 1)));
    suspend(ids, 1); // the count moves: a new CRL is issued now

    OpenSsl.Output crl = fetch();

    assertEquals(
        Duration.ofHours(24),
        Duration.between(time(crl, "Last Update"), time(crl, "Next Update")),
        crl.text());
  }

  @Test
  void aRevokedOrHeldCertificateLeavesTheListOnceExpired() throws Exception {
    ItIds ids = ItIds.fresh();
    // resident 1's certificates expired on 2025-06-15 (RegistryRows' default), resident 2's are
    // valid until 2030: both cards are suspended, so both hold one certificate and revoke one
    ApiClient.importRows(List.of(ids.national(1), ItCards.valid(ids, 2)));
    suspend(ids, 1);
    suspend(ids, 2);

    OpenSsl.Output crl = fetch();

    assertNotNull(entry(crl, serial(ids, 2, "user")), "the valid held certificate is listed");
    assertNotNull(entry(crl, serial(ids, 2, "sign")), "the valid revoked certificate is listed");
    assertNull(entry(crl, serial(ids, 1, "user")), "an expired held certificate is left out");
    assertNull(entry(crl, serial(ids, 1, "sign")), "an expired revoked certificate is left out");
  }

  @Test
  void aChangeOfAddressRevokesTheSignatureCertificateWithAffiliationChanged() throws Exception {
    ItIds ids = ItIds.fresh();
    RegistryRows moving = ItCards.valid(ids, 1);
    ApiClient.importRows(List.of(moving));
    assertEquals(
        "0",
        ApiClient.importRows(List.of(moving.set("address", "みらい市桜台4丁目5番6号")))
            .getString("exitStatus"));

    OpenSsl.Output crl = fetch();

    assertTrue(entry(crl, serial(ids, 1, "sign")).contains("Affiliation Changed"), crl.text());
    assertNull(entry(crl, serial(ids, 1, "user")), "the user certificate holds no address");
  }

  @Test
  void anAbolitionOtherThanAReissueRevokesBothWithCessationOfOperation() throws Exception {
    ItIds ids = ItIds.fresh();
    ApiClient.importRows(List.of(ItCards.valid(ids, 1)));
    Https.Response abolished =
        call(
            "clerk",
            "POST",
            "cards/" + ItCards.cardOf(ids, 1) + "/abolition",
            "{\"reason\":\"DEATH\"}");
    assertEquals(200, abolished.status(), abolished.body());

    OpenSsl.Output crl = fetch();

    assertTrue(entry(crl, serial(ids, 1, "user")).contains("Cessation Of Operation"), crl.text());
    assertTrue(entry(crl, serial(ids, 1, "sign")).contains("Cessation Of Operation"), crl.text());
  }

  private static void suspend(ItIds ids, int i) throws Exception {
    Https.Response r =
        call(
            "call-center",
            "POST",
            "cards/" + ItCards.cardOf(ids, i) + "/suspension",
            "{\"reason\":\"LOST\",\"channel\":\"PHONE\"}");
    assertEquals(201, r.status(), r.body());
  }

  private static String serial(ItIds ids, int i, String kind) {
    return ids.national(i).get(kind + "_cert_serial");
  }

  private static OpenSsl.Output fetch() throws Exception {
    Https.Response r = Https.get(ApiClient.url("crl"), null, "application/pkix-crl");
    assertEquals(200, r.status());
    Path file = Files.createTempFile("mynacard", ".crl");
    Files.write(file, r.raw());
    Path ca = ItServer.serverDir().resolve("mynacard/keys/crl-ca-certificate.pem");
    OpenSsl.Output out = OpenSsl.crl(file, ca);
    assertEquals(0, out.status(), out.text());
    assertTrue(out.text().contains("verify OK"), out.text());
    return out;
  }

  /** openssl's "Last Update: Dec 6 09:00:00 2026 GMT" as a time. */
  private static LocalDateTime time(OpenSsl.Output crl, String field) {
    Matcher m = Pattern.compile(field + ": (\\w+ +\\d+ [\\d:]+ \\d+) GMT").matcher(crl.text());
    assertTrue(m.find(), crl.text());
    return LocalDateTime.parse(m.group(1).replaceAll(" +", " "), OPENSSL_TIME);
  }

  /** An entry's lines as openssl prints them (serial in even-length upper-case hex), or null. */
  private static String entry(OpenSsl.Output crl, String serial) {
    String hex = new BigInteger(serial, 16).toString(16).toUpperCase(Locale.ROOT);
    hex = hex.length() % 2 == 1 ? "0" + hex : hex;
    int at = crl.text().indexOf("Serial Number: " + hex + "\n");
    if (at < 0) {
      return null;
    }
    int next = crl.text().indexOf("Serial Number:", at + 10);
    return crl.text().substring(at, next < 0 ? crl.text().length() : next);
  }
}
