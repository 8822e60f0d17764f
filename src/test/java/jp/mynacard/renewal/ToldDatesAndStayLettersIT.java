package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mynacard.registry.Letter;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.ItRegistry;
import jp.mynacard.testing.RegistryRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10 on a small registry, end to end (import, renewal-notices as of 2026-04-01, export):
 * which card item a foreign resident's card is, the date each item is told on, the clerk's list of
 * items whose dates differ, the export's {@code renewal_opens_on}, and what the printed letters
 * say.
 */
@ExtendWith(ArquillianExtension.class)
class ToldDatesAndStayLettersIT {
  private static final String AS_OF = "2026-04-01";

  @Deployment
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Inject ItRegistry registry;
  @Inject RenewalRuns runs;

  /**
   * 1: Vietnamese engineer, card issued for a stay ending 2026-06-30, stay since renewed to
   * 2029-06-30 (birthday rule: 2033-08-01). 2: Filipino engineer whose stay ends on the 10th
   * birthday after issue, 2026-06-20. 3: national, card recorded 2027-06-10, one year too long. 4:
   * national, card 2026-05-31. 5: Vietnamese student, stay and card end 2026-06-15, not renewed.
   */
  private static List<RegistryRows> residents(ItIds ids) {
    return List.of(
        card(ids.national(1), "1995-08-01", "2024-04-10", "2026-06-30", "2024-04-10")
            .set("nationality", "VN")
            .set("residence_status", "ENGINEER")
            .set("stay_expires_on", "2029-06-30")
            .set("language", "en"),
        card(ids.national(2), "1980-06-20", "2016-06-25", "2026-06-20", "2021-07-01")
            .set("nationality", "PH")
            .set("residence_status", "ENGINEER")
            .set("stay_expires_on", "2026-06-20")
            .set("language", "en"),
        card(ids.national(3), "1980-06-10", "2016-06-15", "2027-06-10", "2021-07-01"),
        card(ids.national(4), "1980-05-31", "2016-06-15", "2026-05-31", "2021-07-01"),
        card(ids.national(5), "1995-08-01", "2024-04-10", "2026-06-15", "2024-04-10")
            .set("nationality", "VN")
            .set("residence_status", "STUDENT")
            .set("stay_expires_on", "2026-06-15"));
  }

  private static RegistryRows card(
      RegistryRows row, String born, String issued, String expires, String certsIssued) {
    return row.set("birth_date", born)
        .set("card_application_received_on", LocalDate.parse(issued).minusDays(20).toString())
        .set("card_issued_on", issued)
        .set("card_expires_on", expires)
        .set("user_cert_issued_on", certsIssued)
        .set("user_cert_expires_on", "")
        .set("sign_cert_issued_on", certsIssued)
        .set("sign_cert_expires_on", "");
  }

  @Test
  void foreignCardsOneYearTooLongCardsAndTheWindowAsResidentsAndClerksSeeThem() throws Exception {
    RenewalSummary before =
        runs.summary(
            ItJobs.instance(
                ItJobs.run(
                    "renewal-notices",
                    Map.of(
                        "asOf",
                        AS_OF,
                        "allowDistantAsOf",
                        "true",
                        "dryRun",
                        "true",
                        "exportDir",
                        Files.createTempDirectory("it-export").toString()))));
    ItIds ids = ItIds.fresh();
    JsonObject imported = ItJobs.importRows(residents(ids));
    assertEquals("4", imported.getString("exitStatus"), "3's recorded date is an anomaly");
    Path exportDir = Files.createTempDirectory("it-export");

    JsonObject run =
        ItJobs.run(
            "renewal-notices",
            Map.of("asOf", AS_OF, "allowDistantAsOf", "true", "exportDir", exportDir.toString()));

    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    long runId = ItJobs.instance(run);
    Map<String, Letter> letters = new HashMap<>();
    registry
        .letters(runId, ids.prefix())
        .forEach(l -> letters.put(l.getResidentId().substring(ids.prefix().length()), l));
    assertEquals(5, letters.size(), letters.keySet().toString());

    // 1: a STAY item for the card's own date, though the registry's stay now ends in 2029
    Letter renewed = letters.get("1");
    assertNull(renewed.getCardExpiresOn());
    assertEquals(LocalDate.parse("2026-06-30"), renewed.getStayExpiresOn());
    assertEquals("RENEWED", renewed.getStayCase());
    assertEquals(LocalDate.parse("2029-06-30"), renewed.getStayNowEndsOn());
    assertNull(renewed.getRenewalOpensOn(), "a STAY item has no window");
    // 2: a stay ending on the 10th birthday ends the card by the birthday rule: a new card
    assertEquals(LocalDate.parse("2026-06-20"), letters.get("2").getCardExpiresOn());
    assertNull(letters.get("2").getStayExpiresOn());
    // 3: told on the computed date, not the recorded one a year later
    assertEquals(LocalDate.parse("2026-06-10"), letters.get("3").getCardExpiresOn());
    // 5: not yet renewed
    assertEquals("NOT_YET_RENEWED", letters.get("5").getStayCase());
    assertNull(letters.get("5").getStayNowEndsOn());

    Path dir = exportDir.resolve(AS_OF);
    Map<String, CSVRecord> csv = byLetter(dir.resolve("notices-" + AS_OF + "-" + runId + ".csv"));
    String l = "L20260401-" + runId + "-" + ids.prefix();
    assertEquals("", csv.get(l + 1).get("renewal_opens_on"));
    assertEquals("2026-06-30", csv.get(l + 1).get("stay_expires_on"));
    assertEquals("", csv.get(l + 1).get("card_expires_on"));
    assertEquals("2026-03-21", csv.get(l + 2).get("renewal_opens_on"));
    assertEquals("2026-03-11", csv.get(l + 3).get("renewal_opens_on"));
    assertEquals("2026-06-10", csv.get(l + 3).get("card_expires_on"));
    assertEquals("2026-03-01", csv.get(l + 4).get("renewal_opens_on"));

    // the clerk's list: 3's card, and every row of the run counted in the summary
    Path differ = dir.resolve("notices-" + AS_OF + "-" + runId + ".dates-differ.csv");
    List<CSVRecord> rows = records(differ);
    List<String> ours =
        rows.stream()
            .filter(r -> r.get("letter_id").startsWith(l))
            .map(r -> String.join(",", r.values()))
            .toList();
    assertEquals(List.of(l + "3,CARD,2027-06-10,2026-06-10,2026-06-10"), ours);
    RenewalSummary summary = runs.summary(runId);
    assertEquals(rows.size(), summary.datesDiffer(), "summary and list agree");
    // this fixture's part of the summary, over a dry run for the same date before its import
    assertEquals(
        List.of(5L, 3L, 2L, 0L, 0L, 1L, 0L),
        List.of(
            summary.letters() - before.letters(),
            summary.cardItems() - before.cardItems(),
            summary.stayItems() - before.stayItems(),
            summary.userCertItems() - before.userCertItems(),
            summary.signCertItems() - before.signCertItems(),
            summary.datesDiffer() - before.datesDiffer(),
            summary.expiredNeverNotified() - before.expiredNeverNotified()),
        "letters, card, stay, user and signature certificate items, dates differ, expired untold");

    Map<String, CSVRecord> texts =
        byLetter(dir.resolve("notice-texts-" + AS_OF + "-" + runId + ".csv"));
    String stayRenewed = texts.get(l + 1).get("text");
    assertTrue(
        stayRenewed.contains(
            "Our records show that your period of stay has been renewed until June 30, 2029. Your"
                + " card is nevertheless valid only until June 30, 2026: bring your card, your"
                + " residence card and your PIN to the office by June 30, 2026 to have the card's"
                + " validity changed. This is free of charge."),
        stayRenewed);
    for (String absent :
        new String[] {"face photo", "You can apply for a new card", "also after the expiry date"}) {
      assertFalse(stayRenewed.contains(absent), absent + " in a STAY letter:\n" + stayRenewed);
    }
    String newCard = texts.get(l + 2).get("text");
    assertTrue(
        newCard.contains(
            "My Number Card: valid until June 20, 2026. You can apply for a new card from March"
                + " 21, 2026."),
        newCard);
    assertTrue(newCard.contains("A face photo for the new card"), newCard);
    String notRenewed = texts.get(l + 5).get("text");
    assertTrue(
        notRenewed.contains("令和8年6月15日までに、カード、新しい在留カード及び暗証番号をお持ちの上、窓口でカードの有効期限の変更手続をしてください。"),
        notRenewed);
    assertTrue(notRenewed.contains("特例期間"), notRenewed);
    for (int i = 1; i <= 5; i++) {
      assertFalse(Files.readString(differ).contains(ids.number(i)), "no Individual Number");
    }
  }

  private static List<CSVRecord> records(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  private static Map<String, CSVRecord> byLetter(Path file) throws Exception {
    Map<String, CSVRecord> byId = new HashMap<>();
    records(file).forEach(r -> byId.put(r.get("letter_id"), r));
    return byId;
  }
}
