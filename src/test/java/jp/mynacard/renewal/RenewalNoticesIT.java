package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mynacard.export.ExportManifest;
import jp.mynacard.registry.Letter;
import jp.mynacard.registry.Notice;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.ItRegistry;
import jp.mynacard.testing.OpenSsl;
import jp.mynacard.testing.RegistryRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The renewal-notices job in Liberty on a registry built for the test: which residents get a letter
 * for an as-of date, with which items, and that no item is ever told twice. Each test imports
 * residents of its own (a fresh id prefix) and asserts on those only.
 */
@ExtendWith(ArquillianExtension.class)
class RenewalNoticesIT {
  @Deployment
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Inject ItRegistry registry;
  @Inject RenewalRuns runs;

  /**
   * The fixture's part of a run's summary: the run's counts less those of a dry run for the same
   * date taken before the fixture was imported (the registry is shared with every other test, and a
   * run counts all of it), as {@code letters=.. items: ... skipped: ... expiredNeverNotified=..
   * excludedFromExport=..}.
   */
  private String added(JsonObject run, RenewalSummary before) {
    RenewalSummary after = runs.summary(ItJobs.instance(run));
    return counts(after, before);
  }

  private static String counts(RenewalSummary s, RenewalSummary less) {
    return String.format(
        "letters=%d items: card=%d stay=%d userCert=%d signCert=%d skipped: deceased=%d"
            + " movedOut=%d suspended=%d abolished=%d held=%d revoked=%d changed=%d renewed=%d"
            + " datesDiffer=%d expiredNeverNotified=%d excludedFromExport=%d",
        s.letters() - less.letters(),
        s.cardItems() - less.cardItems(),
        s.stayItems() - less.stayItems(),
        s.userCertItems() - less.userCertItems(),
        s.signCertItems() - less.signCertItems(),
        s.skippedDeceased() - less.skippedDeceased(),
        s.skippedMovedOut() - less.skippedMovedOut(),
        s.skippedSuspended() - less.skippedSuspended(),
        s.skippedAbolished() - less.skippedAbolished(),
        s.skippedHeld() - less.skippedHeld(),
        s.skippedRevoked() - less.skippedRevoked(),
        s.skippedChanged() - less.skippedChanged(),
        s.skippedRenewed() - less.skippedRenewed(),
        s.datesDiffer() - less.datesDiffer(),
        s.expiredNeverNotified() - less.expiredNeverNotified(),
        s.excludedLetters() - less.excludedLetters());
  }

  /** The summary of a dry run for {@code asOf}: what the registry holds before an import. */
  private RenewalSummary baseline(String asOf) throws Exception {
    return runs.summary(ItJobs.instance(renew(asOf, Map.of("dryRun", "true"))));
  }

  /**
   * A: national, card 2034-03-15, certificates 2029-03-15. B: student from Vietnam, card ends with
   * the stay on 2034-02-20, certificates 2029-08-01. C: born 29 February 2004, card 2034-02-28,
   * certificates 2029-02-28. D: card 2034-03-20 suspended. E: card 2034-03-25, moved out. F: card
   * 2034-06-15.
   */
  private static List<RegistryRows> residents(ItIds ids) {
    return List.of(
        adult(ids.national(1), "1980-03-15", "2034-03-15", "2029-03-15"),
        adult(ids.national(2), "1995-08-01", "2034-02-20", "2029-08-01")
            .set("nationality", "VN")
            .set("residence_status", "STUDENT")
            .set("stay_expires_on", "2034-02-20")
            .set("language", "vi"),
        adult(ids.national(3), "2004-02-29", "2034-02-28", "2029-02-28"),
        adult(ids.national(4), "1980-03-20", "2034-03-20", "2029-03-20")
            .set("card_status", "SUSPENDED"),
        adult(ids.national(5), "1980-03-25", "2034-03-25", "2029-03-25")
            .set("resident_status", "MOVED_OUT"),
        adult(ids.national(6), "1980-06-15", "2034-06-15", "2029-06-15"));
  }

  private static RegistryRows adult(RegistryRows row, String born, String card, String certs) {
    return row.set("birth_date", born)
        .set("card_application_received_on", "2024-12-01")
        .set("card_issued_on", "2025-01-10")
        .set("card_expires_on", card)
        .set("user_cert_issued_on", "2025-01-10")
        .set("user_cert_expires_on", certs)
        .set("sign_cert_issued_on", "2025-01-10")
        .set("sign_cert_expires_on", certs);
  }

  private ItIds imported() throws Exception {
    ItIds ids = ItIds.fresh();
    JsonObject imported = ItJobs.importRows(residents(ids));
    assertEquals("0", imported.getString("exitStatus"), "the fixture imports cleanly");
    return ids;
  }

  private static JsonObject renew(String asOf, Map<String, String> more) throws Exception {
    var parameters = new java.util.HashMap<>(more);
    parameters.put("asOf", asOf);
    parameters.putIfAbsent("allowDistantAsOf", "true");
    parameters.putIfAbsent("exportDir", Files.createTempDirectory("it-export").toString());
    JsonObject run = ItJobs.run("renewal-notices", parameters);
    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    return run;
  }

  private Map<String, String> items(long run, ItIds ids) {
    return registry.letters(run, ids.prefix()).stream()
        .collect(
            Collectors.toMap(
                l -> l.getResidentId().substring(ids.prefix().length()),
                RenewalNoticesIT::describe));
  }

  private static String describe(Letter l) {
    return "card="
        + l.getCardExpiresOn()
        + " stay="
        + l.getStayExpiresOn()
        + " user="
        + l.getUserCertExpiresOn()
        + " sign="
        + l.getSignCertExpiresOn();
  }

  @Test
  void cardsEnteringTheWindowGetOneLetterEachAndSuspendedOrMovedOutNone() throws Exception {
    RenewalSummary before = baseline("2034-01-01");
    ItIds ids = imported();

    JsonObject run = renew("2034-01-01", Map.of());

    assertEquals("0", run.getString("exitStatus"));
    assertEquals(
        Map.of(
            "1", "card=2034-03-15 stay=null user=null sign=null",
            "2", "card=null stay=2034-02-20 user=null sign=null",
            "3", "card=2034-02-28 stay=null user=null sign=null"),
        items(ItJobs.instance(run), ids));
    // D suspended and E moved out are skipped; the certificates of A, B, C and F (2029) expired
    // before 2034 untold
    assertEquals(
        "letters=3 items: card=2 stay=1 userCert=0 signCert=0 skipped: deceased=0 movedOut=1"
            + " suspended=1 abolished=0 held=0 revoked=0 changed=0 renewed=0 datesDiffer=0"
            + " expiredNeverNotified=8 excludedFromExport=0",
        added(run, before));
    // and in whole: the letters the run stored, this fixture's and any other resident's
    assertEquals(
        registry.letters(ItJobs.instance(run), "").size(),
        runs.summary(ItJobs.instance(run)).letters(),
        "the summary counts the letters the run stored");
  }

  @Test
  void certificatesExpiringBeforeTheirCardGetTheirOwnItems() throws Exception {
    RenewalSummary before = baseline("2029-01-01");
    ItIds ids = imported();

    JsonObject run = renew("2029-01-01", Map.of());

    assertEquals(
        Map.of(
            "1", "card=null stay=null user=2029-03-15 sign=2029-03-15",
            "3", "card=null stay=null user=2029-02-28 sign=2029-02-28"),
        items(ItJobs.instance(run), ids));
    // skips count items: both certificates of D (suspended) and of E (moved out)
    assertEquals(
        "letters=2 items: card=0 stay=0 userCert=2 signCert=2 skipped: deceased=0 movedOut=2"
            + " suspended=2 abolished=0 held=0 revoked=0 changed=0 renewed=0 datesDiffer=0"
            + " expiredNeverNotified=0 excludedFromExport=0",
        added(run, before));
  }

  @Test
  void aSecondRunForTheSameDateAddsNothing() throws Exception {
    ItIds ids = imported();
    renew("2034-01-01", Map.of());
    List<Notice> before = registry.notices(ids.prefix());

    JsonObject again = renew("2034-01-01", Map.of());

    assertTrue(registry.letters(ItJobs.instance(again), ids.prefix()).isEmpty());
    assertEquals(keys(before), keys(registry.notices(ids.prefix())));
    assertEquals(
        List.of("CARD:1:2034-03-15:3", "CARD:2:2034-02-20:3", "CARD:3:2034-02-28:3"),
        residentKeys(before, ids));
    // the first run told every item of the registry due for this date, this fixture's and others'
    RenewalSummary second = runs.summary(ItJobs.instance(again));
    assertEquals(
        List.of(0L, 0L, 0L, 0L, 0L),
        List.of(
            second.letters(),
            second.cardItems(),
            second.stayItems(),
            second.userCertItems(),
            second.signCertItems()),
        "letters, card, stay, user and signature certificate items of the second run");
  }

  @Test
  void aRunAfterMissedNightsCatchesUpAndNothingIsToldTwice() throws Exception {
    ItIds ids = imported();

    JsonObject first = renew("2033-11-20", Map.of());
    // nights 2033-11-21 to 2033-11-29 missed: C's card entered its window on 2033-11-28
    JsonObject afterGap = renew("2033-11-30", Map.of());
    JsonObject later = renew("2033-12-15", Map.of());

    assertEquals(List.of("2"), residents(ItJobs.instance(first), ids));
    assertEquals(List.of("3"), residents(ItJobs.instance(afterGap), ids));
    assertEquals(List.of("1"), residents(ItJobs.instance(later), ids));
    assertEquals(
        List.of("CARD:1:2034-03-15:3", "CARD:2:2034-02-20:3", "CARD:3:2034-02-28:3"),
        residentKeys(registry.notices(ids.prefix()), ids),
        "each item told once");
  }

  @Test
  void severalLeadTimesListAnItemOnceAndRecordItOncePerLeadTime() throws Exception {
    ItIds ids = imported();

    JsonObject run = renew("2034-02-10", Map.of("leadMonths", "3,1"));

    assertEquals(
        "card=null stay=2034-02-20 user=null sign=null", items(ItJobs.instance(run), ids).get("2"));
    long stayNotices =
        registry.notices(ids.prefix()).stream()
            .filter(n -> n.getResidentId().equals(ids.resident(2)))
            .count();
    assertEquals(2, stayNotices, "one per lead time: the one-month reminder never repeats it");
  }

  @Test
  void theExportIsSignedVerifiableAndHoldsNoIndividualNumber() throws Exception {
    ItIds ids = imported();
    Path exportDir = Files.createTempDirectory("it-export");

    JsonObject run = renew("2034-01-01", Map.of("exportDir", exportDir.toString()));

    long runId = ItJobs.instance(run);
    Path dir = exportDir.resolve("2034-01-01");
    Path csv = dir.resolve("notices-2034-01-01-" + runId + ".csv");
    JsonObject manifest =
        Json.createReader(new StringReader(Files.readString(dir.resolve("manifest.json"))))
            .readObject();
    assertEquals("4", manifest.getString("layoutVersion"));
    assertEquals(runId, manifest.getJsonNumber("runId").longValue());
    assertEquals(
        ExportManifest.sha256(csv),
        manifest.getJsonArray("files").getJsonObject(0).getString("sha256"));
    Path certificate =
        Path.of(
            System.getProperty("server.output.dir"),
            "mynacard/keys/export-signing-certificate.pem");
    assertEquals(0, openssl(csv, Path.of(csv + ".p7s"), certificate));
    assertEquals(
        0, openssl(dir.resolve("manifest.json"), dir.resolve("manifest.json.p7s"), certificate));
    Path tampered = Files.createTempFile("tampered", ".csv");
    byte[] bytes = Files.readAllBytes(csv);
    bytes[bytes.length / 2] ^= 1;
    Files.write(tampered, bytes);
    assertNotEquals(0, openssl(tampered, Path.of(csv + ".p7s"), certificate));

    String content = Files.readString(csv, StandardCharsets.UTF_8);
    // a STAY-only letter has no renewal window: renewal_opens_on is empty
    assertTrue(content.contains(",2034-02-20,,令和16年2月20日"), "B's stay letter");

    Path texts = dir.resolve("notice-texts-2034-01-01-" + runId + ".csv");
    assertEquals(
        ExportManifest.sha256(texts),
        manifest.getJsonArray("files").getJsonObject(1).getString("sha256"));
    assertEquals(0, openssl(texts, Path.of(texts + ".p7s"), certificate));
    String printable = Files.readString(texts, StandardCharsets.UTF_8);
    assertTrue(printable.startsWith("letter_id,content_language,subject,text\r\n"), printable);
    assertEquals(
        content.lines().count() - 1,
        printable.lines().filter(l -> l.startsWith("L20340101-")).count(),
        "one printable text per letter");
    assertTrue(printable.contains("20 tháng 2, 2034"), "B's stay date, in B's Vietnamese");
    assertTrue(
        printable.contains(
            "xin vui lòng mang theo thẻ, thẻ lưu trú mới và mã PIN đến quầy chậm nhất vào ngày 20"
                + " tháng 2, 2034 để làm thủ tục thay đổi thời hạn hiệu lực của thẻ."),
        "the stay rule in B's letter");
    assertTrue(printable.contains("令和16年3月15日"), "A's card expiry, in era form");
    for (int i = 1; i <= 6; i++) {
      assertFalse(content.contains(ids.number(i)), "no Individual Number in the export");
      assertFalse(printable.contains(ids.number(i)), "no Individual Number in a printable text");
    }
  }

  /** Issue 11: a name a spreadsheet would run as a formula is neutralised in the vendor CSV. */
  @Test
  void aFormulaInANameIsNeutralisedInTheVendorCsv() throws Exception {
    ItIds ids = ItIds.fresh();
    JsonObject imported =
        ItJobs.importRows(
            List.of(
                adult(ids.national(1), "1980-03-15", "2034-03-15", "2029-03-15")
                    .set("family_name", "=HYPERLINK(\"http://example.invalid\")")
                    .set("address", "@SUM(1+1)")));
    assertEquals("0", imported.getString("exitStatus"));
    Path exportDir = Files.createTempDirectory("it-export");

    JsonObject run = renew("2034-01-01", Map.of("exportDir", exportDir.toString()));

    String letterId = "L20340101-" + ItJobs.instance(run) + "-" + ids.resident(1);
    String row =
        Files.readAllLines(
                exportDir.resolve("2034-01-01/notices-2034-01-01-" + ItJobs.instance(run) + ".csv"),
                StandardCharsets.UTF_8)
            .stream()
            .filter(l -> l.startsWith(letterId + ","))
            .findFirst()
            .orElseThrow();
    assertTrue(
        row.contains(",'@SUM(1+1),\"'=HYPERLINK(\"\"http://example.invalid\"\") 花子\","), row);
  }

  @Test
  void aDryRunCountsButStoresAndExportsNothing() throws Exception {
    RenewalSummary before = baseline("2034-01-01");
    ItIds ids = imported();
    Path exportDir = Files.createTempDirectory("it-export");

    JsonObject run =
        renew("2034-01-01", Map.of("dryRun", "true", "exportDir", exportDir.toString()));

    assertEquals("0", run.getString("exitStatus"));
    assertTrue(registry.letters(ItJobs.instance(run), ids.prefix()).isEmpty());
    assertTrue(registry.notices(ids.prefix()).isEmpty());
    assertFalse(Files.exists(exportDir.resolve("2034-01-01")));
    assertEquals(
        "letters=3 items: card=2 stay=1 userCert=0 signCert=0 skipped: deceased=0 movedOut=1"
            + " suspended=1 abolished=0 held=0 revoked=0 changed=0 renewed=0 datesDiffer=0"
            + " expiredNeverNotified=8 excludedFromExport=0",
        added(run, before),
        "a dry run counts what the run would do");
  }

  @Test
  void invalidParametersFailTheRunWithExitStatus8() throws Exception {
    for (Map<String, String> parameters :
        List.of(Map.of("leadMonths", "0"), Map.of("asof", "2034-01-01", "exportDir", "/tmp"))) {
      JsonObject run = ItJobs.run("renewal-notices", parameters);

      assertEquals("FAILED", run.getString("batchStatus"), parameters.toString());
      assertEquals("8", run.getString("exitStatus"), parameters.toString());
    }
  }

  /**
   * Issue 11: an asOf more than seven days from today, started around our API (Liberty's batch REST
   * API, as a scheduler would), fails the run before it records anything; with
   * allowDistantAsOf=true the same run records its letters.
   */
  @Test
  void aDistantAsOfWithoutAllowDistantAsOfFailsTheRunWithExitStatus8AndRecordsNothing()
      throws Exception {
    ItIds ids = imported();
    Path exportDir = Files.createTempDirectory("it-export");

    JsonObject refused =
        ItJobs.run(
            "renewal-notices", Map.of("asOf", "2034-01-01", "exportDir", exportDir.toString()));

    assertEquals("FAILED", refused.getString("batchStatus"));
    assertEquals("8", refused.getString("exitStatus"));
    String log = BatchClient.insideServer().jobLogs(ItJobs.instance(refused));
    assertTrue(log.contains("needs allowDistantAsOf=true"), log);
    assertTrue(registry.letters(ItJobs.instance(refused), ids.prefix()).isEmpty());
    assertTrue(registry.notices(ids.prefix()).isEmpty());
    assertFalse(Files.exists(exportDir.resolve("2034-01-01")));

    JsonObject allowed = renew("2034-01-01", Map.of("exportDir", exportDir.toString()));

    assertEquals("0", allowed.getString("exitStatus"));
    assertEquals(3, registry.letters(ItJobs.instance(allowed), ids.prefix()).size());
  }

  @Test
  void aRunWithoutLettersStillWritesItsManifest() throws Exception {
    Path exportDir = Files.createTempDirectory("it-export");

    JsonObject run = renew("2099-01-01", Map.of("exportDir", exportDir.toString()));

    JsonObject manifest =
        Json.createReader(
                new StringReader(Files.readString(exportDir.resolve("2099-01-01/manifest.json"))))
            .readObject();
    assertEquals(0, manifest.getInt("rowCount"));
    assertEquals(0, manifest.getInt("excludedLetters"));
    assertEquals("0", run.getString("exitStatus"));
  }

  private List<String> residents(long run, ItIds ids) {
    return registry.letters(run, ids.prefix()).stream()
        .map(l -> l.getResidentId().substring(ids.prefix().length()))
        .toList();
  }

  private static List<String> keys(List<Notice> notices) {
    return new ArrayList<>(
        notices.stream()
            .map(
                n ->
                    n.getItemType()
                        + ":"
                        + n.getItemRef()
                        + ":"
                        + n.getExpiresOn()
                        + ":"
                        + n.getLeadMonths())
            .sorted()
            .toList());
  }

  /** Type, resident (without the prefix), expiry and lead time of each notice, sorted. */
  private static List<String> residentKeys(List<Notice> notices, ItIds ids) {
    return notices.stream()
        .map(
            n ->
                n.getItemType()
                    + ":"
                    + n.getResidentId().substring(ids.prefix().length())
                    + ":"
                    + n.getExpiresOn()
                    + ":"
                    + n.getLeadMonths())
        .sorted()
        .toList();
  }

  private static int openssl(Path content, Path signature, Path certificate) throws Exception {
    return OpenSsl.cmsVerify(content, signature, certificate);
  }

  @SuppressWarnings("unused")
  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
