package jp.mynacard.card;

import static jp.mynacard.testing.ApiClient.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynacard.it.ItServer;
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
 * {@code GET /api/v1/crl} as a relying party reads it: with openssl, against the CA certificate.
 */
@ExtendWith(ArquillianExtension.class)
class CrlIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  private static OpenSsl.Output fetch() throws Exception {
    Https.Response r = Https.get(ApiClient.url("crl"), null, "application/pkix-crl");
    assertEquals(200, r.status());
    assertEquals("application/pkix-crl", r.header("Content-Type"));
    byte[] der = r.raw();
    Path file = Files.createTempFile("mynacard", ".crl");
    Files.write(file, der);
    Path ca = ItServer.serverDir().resolve("mynacard/keys/crl-ca-certificate.pem");
    OpenSsl.Output out = OpenSsl.crl(file, ca);
    assertEquals(0, out.status(), out.text());
    assertTrue(out.text().contains("verify OK"), out.text());
    return out;
  }

  private static long number(OpenSsl.Output crl) {
    Matcher m = Pattern.compile("X509v3 CRL Number:\\s*\\n\\s*(\\d+)").matcher(crl.text());
    assertTrue(m.find(), crl.text());
    return Long.parseLong(m.group(1));
  }

  /**
   * The lines openssl prints for one serial: its entry and the reason below it. openssl prints
   * serials as an even number of upper-case hex digits, so {@code A1234} is {@code 0A1234}.
   */
  private static String entry(OpenSsl.Output crl, String serial) {
    String hex = new java.math.BigInteger(serial, 16).toString(16).toUpperCase();
    if (hex.length() % 2 == 1) {
      hex = "0" + hex;
    }
    int at = crl.text().indexOf("Serial Number: " + hex + "\n");
    if (at < 0) {
      return null;
    }
    int next = crl.text().indexOf("Serial Number:", at + 10);
    return crl.text().substring(at, next < 0 ? crl.text().length() : next);
  }

  @Test
  void heldAndRevokedCertificatesAreListedWithTheirReasonsAndAReleasedHoldLeavesTheNextCrl()
      throws Exception {
    ItIds ids = ItIds.fresh();
    List<RegistryRows> rows = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      rows.add(ItCards.valid(ids, i));
    }
    ApiClient.importRows(rows);
    String user1 = ids.national(1).get("user_cert_serial");
    String sign1 = ids.national(1).get("sign_cert_serial");
    String user2 = ids.national(2).get("user_cert_serial");
    OpenSsl.Output before = fetch();
    assertTrue(before.text().contains("Next Update:"), before.text());
    assertEquals(null, entry(before, user1));

    call(
        "call-center",
        "POST",
        "cards/" + ItCards.cardOf(ids, 1) + "/suspension",
        "{\"reason\":\"LOST\",\"channel\":\"PHONE\"}");
    call(
        "clerk",
        "POST",
        "cards/" + ItCards.cardOf(ids, 2) + "/abolition",
        "{\"reason\":\"REISSUE\"}");
    OpenSsl.Output suspended = fetch();

    assertTrue(entry(suspended, user1).contains("Certificate Hold"), suspended.text());
    assertTrue(entry(suspended, sign1).contains("Key Compromise"), suspended.text());
    assertTrue(entry(suspended, user2).contains("Superseded"), suspended.text());
    assertTrue(number(suspended) > number(before));

    call(
        "clerk",
        "DELETE",
        "cards/" + ItCards.cardOf(ids, 1) + "/suspension",
        "{\"identityVerified\":true}");
    OpenSsl.Output released = fetch();

    assertEquals(null, entry(released, user1), "the released hold is gone");
    assertTrue(entry(released, sign1).contains("Key Compromise"), "still revoked");
    assertTrue(number(released) > number(suspended));
  }

  @Test
  void anUnchangedCrlIsServedAgainWithTheSameNumberAndBytes() throws Exception {
    Https.Response a = Https.get(ApiClient.url("crl"), null, "application/pkix-crl");
    Https.Response b = Https.get(ApiClient.url("crl"), null, "application/pkix-crl");

    assertTrue(Arrays.equals(a.raw(), b.raw()));
    assertFalse(a.raw().length == 0);
  }
}
