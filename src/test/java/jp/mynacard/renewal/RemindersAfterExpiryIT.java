package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.mynacard.registry.Card;
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
 * Issue 14, reminders after expiry, end to end: the nightly run with {@code leadMonths=3,-1} night
 * after night ({@code asOf} 2031-02-26 to 2031-03-28) on a small registry. A reminder goes out one
 * month after expiry for a card that was not renewed, none for one renewed meanwhile (re-imported
 * with a new card), never twice (the same night again, the next nights), and none for a card whose
 * reminder month passed before reminders were switched on: that one is counted as too late. A
 * resident's letter may hold a card ahead of its expiry and expired certificates: the CSV and the
 * printed text say which is which.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersAfterExpiryIT {
  private static final String LEADS = "3,-1";

  @Deployment
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Inject ItRegistry registry;
  @Inject RenewalRuns runs;

  /**
   * 1: national, card 2031-01-31 (10th birthday after 2021-02-10), no certificates, English. 2: the
   * same, renewed before its reminder. 3: national, card 2030-12-20: its reminder was due from
   * 2031-01-20 to 2031-02-19, before the first night. 4: Vietnamese engineer, card ends with the
   * stay on 2031-05-28 (STAY), both certificates at the 5th birthday 2031-01-31, Japanese.
   */
  private static List<RegistryRows> residents(ItIds ids) {
    return List.of(
        withoutCertificates(card(ids.national(1), "1981-01-31", "2021-02-10"))
            .set("language", "en"),
        withoutCertificates(card(ids.national(2), "1981-01-31", "2021-02-10")),
        withoutCertificates(card(ids.national(3), "1980-12-20", "2020-12-25")),
        card(ids.national(4), "1990-01-31", "2026-02-01")
            .set("nationality", "VN")
            .set("residence_status", "ENGINEER")
            .set("stay_expires_on", "2031-05-28"));
  }

  private static RegistryRows card(RegistryRows row, String born, String issued) {
    return row.set("birth_date", born)
        .set("card_application_received_on", issued)
        .set("card_issued_on", issued)
        .set("card_expires_on", "")
        .set("user_cert_issued_on", issued)
        .set("user_cert_expires_on", "")
        .set("sign_cert_issued_on", issued)
        .set("sign_cert_expires_on", "");
  }

  private static RegistryRows withoutCertificates(RegistryRows row) {
    for (String column :
        List.of(
            "user_cert_serial",
            "user_cert_issued_on",
            "user_cert_expires_on",
            "sign_cert_serial",
            "sign_cert_issued_on",
            "sign_cert_expires_on")) {
      row.set(column, "");
    }
    return row;
  }

  @Test
  void aReminderAMonthAfterExpiryForAnUnrenewedCardNoneForARenewedOneNoneTwice() throws Exception {
    Path exportDir = Files.createTempDirectory("it-export");
    RenewalSummary before = runs.summary(ItJobs.instance(night("2031-02-26", exportDir, true)));
    ItIds ids = ItIds.fresh();
    List<RegistryRows> rows = residents(ids);
    assertEquals("0", ItJobs.importRows(rows).getString("exitStatus"));

    // the first night with reminders: nothing due yet; what expired untold is counted
    RenewalSummary first = runs.summary(ItJobs.instance(night("2031-02-26", exportDir, false)));
    assertEquals(1, first.remindersTooLate() - before.remindersTooLate(), "3's reminder");
    assertEquals(
        5,
        first.expiredNeverNotified() - before.expiredNeverNotified(),
        "1's, 2's and 3's cards, 4's two certificates");
    assertEquals(Map.of(), lettersOf(night("2031-02-27", exportDir, false), ids));

    // 2 renews its card before its reminder: a new card, the old one abolished
    assertEquals(
        "0",
        ItJobs.importRows(
                List.of(
                    rows.get(1)
                        .set("card_id", "N" + ids.resident(2))
                        .set("card_application_received_on", "2026-11-02")
                        .set("card_issued_on", "2026-12-01")))
            .getString("exitStatus"));

    JsonObject reminderNight = night("2031-02-28", exportDir, false);
    Map<String, Letter> letters = lettersOf(reminderNight, ids);
    assertEquals(List.of("1", "4"), List.copyOf(letters.keySet()), "none for 2 or 3");
    // serials as the registry holds them (an odd number of hex digits gets its leading zero)
    Card card4 = registry.card("C" + ids.resident(4));
    List<String> told =
        List.of(
            "CARD C" + ids.resident(1) + " 2031-01-31 -1",
            "CARD C" + ids.resident(4) + " 2031-05-28 3",
            "CERT " + card4.getSignCertSerial() + " 2031-01-31 -1",
            "CERT " + card4.getUserCertSerial() + " 2031-01-31 -1");
    assertEquals(told.stream().sorted().toList(), notices(ids));

    // the same night again and the nights after: nothing twice, and 2, 3 never
    assertEquals(Map.of(), lettersOf(night("2031-02-28", exportDir, false), ids));
    assertEquals(Map.of(), lettersOf(night("2031-03-01", exportDir, false), ids));
    assertEquals(Map.of(), lettersOf(night("2031-03-28", exportDir, false), ids));
    assertEquals(told.stream().sorted().toList(), notices(ids), "one notice per item and lead");

    vendorFilesOf(reminderNight, exportDir, ids);
  }

  /** What the vendor gets for the reminder night: the CSV row and the printed text. */
  private static void vendorFilesOf(JsonObject run, Path exportDir, ItIds ids) throws Exception {
    long runId = ItJobs.instance(run);
    Path dir = exportDir.resolve("2031-02-28");
    String l = "L20310228-" + runId + "-" + ids.prefix();
    Map<String, CSVRecord> csv = byLetter(dir.resolve("notices-2031-02-28-" + runId + ".csv"));
    CSVRecord card = csv.get(l + 1);
    assertEquals("2031-01-31", card.get("card_expires_on"));
    assertEquals("", card.get("renewal_opens_on"), "an expired card is renewed at once");
    assertEquals("AFTER_EXPIRY", card.get("notice_type"));
    CSVRecord both = csv.get(l + 4);
    assertEquals("2031-05-28", both.get("stay_expires_on"));
    assertEquals("2031-01-31", both.get("user_cert_expires_on"));
    assertEquals("2031-01-31", both.get("sign_cert_expires_on"));
    assertEquals("", both.get("renewal_opens_on"), "a STAY item and expired certificates");
    assertEquals("令和13年1月31日", both.get("expires_on_wareki"));
    assertEquals("BEFORE_AND_AFTER_EXPIRY", both.get("notice_type"));

    Map<String, CSVRecord> texts =
        byLetter(dir.resolve("notice-texts-2031-02-28-" + runId + ".csv"));
    assertEquals(
        "Your My Number Card: expired, and how to renew it", texts.get(l + 1).get("subject"));
    String english = texts.get(l + 1).get("text");
    for (String said :
        List.of(
            "My Number Card: valid until January 31, 2031; it has expired. You can apply for a new"
                + " card now.",
            "Although your card has expired, a new card to replace it, with its electronic"
                + " certificates, is still free of charge.",
            "the card can be used as a health insurance card only until April 30, 2031.")) {
      assertTrue(english.contains(said), said + "\n" + english);
    }
    String japanese = texts.get(l + 4).get("text");
    for (String said :
        List.of(
            "一部は有効期限が過ぎており、まだ手続がされていないことが記録されています。",
            "・マイナンバーカード：有効期限は令和13年5月28日です。カードの有効期限は在留期間の満了日に合わせて定められています。",
            "・利用者証明用電子証明書：有効期限は令和13年1月31日で、期限が過ぎています。今すぐ更新手続ができます。",
            "・署名用電子証明書：有効期限は令和13年1月31日で、期限が過ぎています。今すぐ更新手続ができます。",
            "令和13年5月28日までに、カード、新しい在留カード及び暗証番号をお持ちの上、窓口でカードの有効期限の変更手続をしてください。",
            "有効期限が過ぎた電子証明書の更新手続も、手数料は無料です。",
            "カードを健康保険証として利用できるのは令和13年4月30日までです。")) {
      assertTrue(japanese.contains(said), said + "\n" + japanese);
    }
  }

  private static JsonObject night(String asOf, Path exportDir, boolean dryRun) throws Exception {
    JsonObject run =
        ItJobs.run(
            "renewal-notices",
            Map.of(
                "asOf",
                asOf,
                "allowDistantAsOf",
                "true",
                "leadMonths",
                LEADS,
                "dryRun",
                Boolean.toString(dryRun),
                "exportDir",
                exportDir.toString()));
    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    return run;
  }

  /** The run's letters to this test's residents, by the number after the prefix. */
  private Map<String, Letter> lettersOf(JsonObject run, ItIds ids) {
    Map<String, Letter> letters = new TreeMap<>();
    registry
        .letters(ItJobs.instance(run), ids.prefix())
        .forEach(l -> letters.put(l.getResidentId().substring(ids.prefix().length()), l));
    return letters;
  }

  /** Every notice to this test's residents: type, item, told expiry and lead time, sorted. */
  private List<String> notices(ItIds ids) {
    return registry.notices(ids.prefix()).stream()
        .map(
            n ->
                n.getItemType()
                    + " "
                    + n.getItemRef()
                    + " "
                    + n.getExpiresOn()
                    + " "
                    + n.getLeadMonths())
        .sorted()
        .toList();
  }

  private static Map<String, CSVRecord> byLetter(Path file) throws Exception {
    Map<String, CSVRecord> byId = new HashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .forEach(r -> byId.put(r.get("letter_id"), r));
    }
    return byId;
  }
}
