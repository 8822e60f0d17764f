package jp.mynacard.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.RevocationReason;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.ItCards;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.ItRegistry;
import jp.mynacard.testing.RegistryRows;
import jp.mynacard.testing.TestNumbers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's promises on registry-import that no other test pinned (issue 12): a key another
 * resident holds is rejected by column, read = accepted + rejected whatever rejected a row, card
 * states only move forward from the extract, and a new serial supersedes the certificate it
 * replaces. Runs inside the server; each test imports residents of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ImportRulesIT {
  private static final Pattern SUMMARY =
      Pattern.compile("read=(\\d+) accepted=(\\d+) rejected=(\\d+)");

  @Deployment
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Inject ItRegistry registry;

  @Test
  void anIndividualNumberCardOrSerialOfAnotherResidentIsRejectedByColumn() throws Exception {
    ItIds ids = ItIds.fresh();
    RegistryRows owner = ItCards.valid(ids, 1);
    assertEquals("0", ItJobs.importRows(List.of(owner)).getString("exitStatus"));
    Path input =
        file(
            ItCards.valid(ids, 2).set("individual_number", ids.number(1)), // line 2
            ItCards.valid(ids, 3).set("card_id", owner.get("card_id")), // line 3
            ItCards.valid(ids, 4).set("user_cert_serial", owner.get("user_cert_serial")),
            ItCards.valid(ids, 5).set("sign_cert_serial", owner.get("sign_cert_serial")),
            ItCards.valid(ids, 6)); // line 6

    JsonObject run = ItJobs.run("registry-import", Map.of("inputFile", input.toString()));

    List<List<String>> rejects = csv(Path.of(input + ".rejects.csv"));
    assertEquals(
        List.of(
            List.of("2", ids.resident(2), "individual_number"),
            List.of("3", ids.resident(3), "card_id"),
            List.of("4", ids.resident(4), "user_cert_serial"),
            List.of("5", ids.resident(5), "sign_cert_serial")),
        rejects.stream().skip(1).map(r -> r.subList(0, 3)).toList());
    assertFalse(
        rejects.get(1).get(3).contains(ids.resident(1)), "the number's owner is never named");
    assertEquals("4", run.getString("exitStatus"), run.toString());
    for (int i = 2; i <= 5; i++) {
      assertNull(registry.resident(ids.resident(i)), "rejected: " + i);
    }
    assertEquals("C" + ids.resident(1), registry.resident(ids.resident(1)).getCurrentCardId());
    assertEquals(ids.resident(6), registry.resident(ids.resident(6)).getResidentId());
  }

  @Test
  void readIsAcceptedPlusRejectedWhateverRejectedTheRow() throws Exception {
    ItIds ids = ItIds.fresh();
    assertEquals("0", ItJobs.importRows(List.of(ItCards.valid(ids, 1))).getString("exitStatus"));
    List<String> lines = new ArrayList<>();
    lines.add(ItCards.valid(ids, 2).csv()); // accepted
    lines.add(ItCards.valid(ids, 3).set("individual_number", ids.number(1)).csv()); // registry
    lines.add(ItCards.valid(ids, 2).csv()); // earlier in the file
    lines.add(
        ItCards.valid(ids, 4)
            .set("individual_number", TestNumbers.wrongCheckDigit(ids.numberBase() + 4))
            .csv()); // a rule
    lines.add(ItCards.valid(ids, 5).csv() + ",extra"); // the layout
    lines.add(ItCards.valid(ids, 1).set("address", "みらい市桜台4丁目5番6号").csv()); // updated
    lines.add(ItCards.valid(ids, 6).csv()); // accepted
    Path input = ItJobs.write(withHeader(lines));

    JsonObject run = ItJobs.run("registry-import", Map.of("inputFile", input.toString()));

    String log = BatchClient.insideServer().jobLogs(ItJobs.instance(run));
    Matcher m = SUMMARY.matcher(log);
    assertTrue(m.find(), log);
    long read = Long.parseLong(m.group(1));
    long accepted = Long.parseLong(m.group(2));
    long rejected = Long.parseLong(m.group(3));
    assertEquals(lines.size(), read, m.group());
    assertEquals(csv(Path.of(input + ".rejects.csv")).size() - 1, rejected, m.group());
    assertEquals(4, rejected, m.group());
    assertEquals(read, accepted + rejected, m.group());
  }

  @Test
  void anExtractCannotCancelASuspensionNorReinstateAnAbolishedCard() throws Exception {
    ItIds ids = ItIds.fresh();
    RegistryRows suspended = ItCards.valid(ids, 1).set("card_status", "SUSPENDED");
    RegistryRows abolished = ItCards.valid(ids, 2).set("card_status", "ABOLISHED");
    assertEquals("0", ItJobs.importRows(List.of(suspended, abolished)).getString("exitStatus"));
    Path input =
        file(suspended.set("card_status", "ACTIVE"), abolished.set("card_status", "ACTIVE"));

    JsonObject run = ItJobs.run("registry-import", Map.of("inputFile", input.toString()));

    assertEquals("4", run.getString("exitStatus"), run.toString());
    assertEquals(CardStatus.SUSPENDED, registry.card(ItCards.cardOf(ids, 1)).getStatus());
    assertEquals(CardStatus.ABOLISHED, registry.card(ItCards.cardOf(ids, 2)).getStatus());
    assertEquals(
        List.of(
            List.of("2", ids.resident(1), "card_status", "ACTIVE", "SUSPENDED"),
            List.of("3", ids.resident(2), "card_status", "ACTIVE", "ABOLISHED")),
        csv(Path.of(input + ".anomalies.csv")).stream().skip(1).map(a -> a.subList(0, 5)).toList());
  }

  @Test
  void aNewSerialSupersedesThePreviousCertificateOfItsKind() throws Exception {
    ItIds ids = ItIds.fresh();
    RegistryRows row = ids.national(1); // certificates 2020-07-01 to 2025-06-15
    assertEquals("0", ItJobs.importRows(List.of(row)).getString("exitStatus"));
    String old = registry.card(ItCards.cardOf(ids, 1)).getUserCertSerial();
    String renewed = "AB" + row.get("user_cert_serial");
    String renewedKey = canonical(renewed);
    row.set("user_cert_serial", renewed)
        .set("user_cert_issued_on", "2025-07-01")
        .set("user_cert_expires_on", "2030-06-15");

    assertEquals("0", ItJobs.importRows(List.of(row)).getString("exitStatus"));

    assertEquals(renewedKey, registry.card(ItCards.cardOf(ids, 1)).getUserCertSerial());
    assertEquals(CertificateStatus.ACTIVE, registry.certificate(renewedKey).getStatus());
    assertEquals(CertificateStatus.REVOKED, registry.certificate(old).getStatus());
    assertEquals(RevocationReason.SUPERSEDED, registry.certificate(old).getRevocationReason());
    assertEquals(
        CertificateStatus.ACTIVE,
        registry.certificate(canonical(row.get("sign_cert_serial"))).getStatus(),
        "the other kind's certificate is untouched");
  }

  /** A serial as the registry keys it: an even number of hex digits. */
  private static String canonical(String serial) {
    return serial.length() % 2 == 1 ? "0" + serial : serial;
  }

  private static Path file(RegistryRows... rows) throws Exception {
    List<String> lines = new ArrayList<>();
    for (RegistryRows r : rows) {
      lines.add(r.csv());
    }
    return ItJobs.write(withHeader(lines));
  }

  private static List<byte[]> withHeader(List<String> lines) {
    List<byte[]> bytes = new ArrayList<>();
    bytes.add(RegistryRows.header().getBytes(StandardCharsets.UTF_8));
    lines.forEach(l -> bytes.add(l.getBytes(StandardCharsets.UTF_8)));
    return bytes;
  }

  private static List<List<String>> csv(Path file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
      parser.forEach(r -> rows.add(r.toList()));
    }
    return rows;
  }
}
