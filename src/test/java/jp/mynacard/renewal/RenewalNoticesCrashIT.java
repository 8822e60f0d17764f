package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.internet.MimeMessage;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import jp.mynacard.demo.DemoRegistryGenerator;
import jp.mynacard.export.ExportManifest;
import jp.mynacard.it.ItServer;
import jp.mynacard.mail.SmtpSink;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.JobWatch;
import jp.mynacard.testing.KillPoint;
import jp.mynacard.testing.LibertyServer;
import jp.mynacard.testing.RegistryDump;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once: a renewal-notices run whose server process is killed, started again and the job
 * restarted - four times, at four points each proven to lie between a chosen progress and the end
 * of its step: early in selectCandidates, in its middle, in writeExport, in sendMail - exports the
 * same letters, printable texts and manifest rows as an uninterrupted run of the same items, and
 * e-mails the same letters: none twice, none missing; until it is restarted, no new run may start.
 * Drives the server itself, after the Arquillian tests.
 */
class RenewalNoticesCrashIT {
  /** The SMTP connections the test server sends over: MYNACARD_MAIL_CONNECTIONS' default. */
  private static final int CONNECTIONS = 4;

  /**
   * The server's e-mail rate here, so that the kill in sendMail falls in its middle on any machine:
   * at full speed the step is over in well under a second.
   */
  private static final Map<String, String> PACED = Map.of("MYNACARD_MAIL_RATE", "100");

  private static final Logger LOG = Logger.getLogger(RenewalNoticesCrashIT.class.getName());
  private static final String PREFIX = "R0";
  private static final String AS_OF = "2026-04-01";
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final Duration START = Duration.ofMinutes(4);
  private static final Set<String> RUNNING = Set.of("STARTING", "STARTED");

  @BeforeAll
  static void deploy() throws Exception {
    LibertyServer.deployApplication();
    RegistryDump.delete(PREFIX);
  }

  /** On every path, also after a failure part-way: no server left running. */
  @AfterEach
  void stopServer() throws Exception {
    LibertyServer.stopIfRunning();
  }

  /** A run left unfinished ended, so that it holds back no later run in this database. */
  @AfterAll
  static void cleanUp() throws Exception {
    LibertyServer.removeApplication();
    RegistryDump.delete(PREFIX);
    RegistryDump.endUnfinishedRuns();
  }

  @Test
  void aRunKilledAtFourPointsAndRestartedExportsAndMailsEachLetterOnce(@TempDir Path dir)
      throws Exception {
    Path registry = dir.resolve("registry.csv");
    DemoRegistryGenerator.write(
        registry, StandardCharsets.UTF_8, 3_000, 11, LocalDate.of(2026, 4, 1));

    try (SmtpSink smtp = SmtpSink.start()) {
      LibertyServer.start(START, PACED);
      BatchClient batch = operator();
      assertEquals(
          "COMPLETED",
          batch
              .awaitEnd(
                  batch.start("registry-import", Map.of("inputFile", registry.toString())), TIMEOUT)
              .getString("batchStatus"));
      Path wholeDir = dir.resolve("whole");
      long whole = batch.start("renewal-notices", renewal(wholeDir));
      assertEquals("COMPLETED", batch.awaitEnd(whole, TIMEOUT).getString("batchStatus"));
      LibertyServer.stop();
      Export expected = Export.of(wholeDir, whole);
      Set<String> expectedMail = mailed(smtp, whole);
      long letters = expected.notices().size() - 1; // the header
      assertTrue(letters > 200, "a run worth interrupting: " + letters + " letters");
      assertTrue(expectedMail.size() > 40, "e-mail worth interrupting: " + expectedMail.size());
      RegistryDump.forgetNotices(PREFIX);

      Path crashedDir = dir.resolve("crashed");
      Path notices = crashedDir.resolve(AS_OF).resolve("notices-" + AS_OF + "-");
      LibertyServer.start(START, PACED);
      batch = operator();
      JobWatch watch = new JobWatch();
      long crashed = batch.start("renewal-notices", renewal(crashedDir));

      // early in selectCandidates: its first chunk of letters committed
      long execution = watch.latestExecution(crashed);
      long seen =
          KillPoint.killWhen(
              "selectCandidates early", () -> letters(watch, execution), n -> n >= 1, TIMEOUT);
      assertLettersBetween(seen, crashed, letters, "early");
      LibertyServer.start(START, PACED);
      assertStepUnfinished(watch, execution, "selectCandidates", "writeExport");
      assertNoNewRun(crashed);
      batch.restart(crashed);

      // in the middle of selectCandidates: half the letters committed
      long middle = watch.latestExecution(crashed);
      seen =
          KillPoint.killWhen(
              "selectCandidates middle",
              () -> letters(watch, middle),
              n -> n >= letters / 2,
              TIMEOUT);
      assertLettersBetween(seen, crashed, letters, "middle");
      LibertyServer.start(START, PACED);
      assertStepUnfinished(watch, middle, "selectCandidates", "writeExport");
      batch.restart(crashed);

      // in writeExport: its notices file begun (.partial), the manifest not yet written
      long export = watch.latestExecution(crashed);
      Path partial = Path.of(notices + String.valueOf(crashed) + ".csv.partial");
      KillPoint.killWhen(
          "writeExport",
          () -> running(watch, export) && Files.exists(partial),
          begun -> begun,
          TIMEOUT);
      assertFalse(
          Files.exists(crashedDir.resolve(AS_OF).resolve("manifest.json")),
          "killed before writeExport ended");
      LOG.info("kill point writeExport: " + partial.getFileName() + " begun, no manifest");
      LibertyServer.start(START, PACED);
      assertStepUnfinished(watch, export, "writeExport", "sendMail");
      batch.restart(crashed);

      // in sendMail: half the e-mails received
      long mail = watch.latestExecution(crashed);
      int received =
          KillPoint.killWhen(
              "sendMail",
              () -> running(watch, mail) ? mailed(smtp, crashed).size() : -1,
              n -> n >= expectedMail.size() / 2,
              TIMEOUT);
      int atKill = mailed(smtp, crashed).size();
      LOG.info(
          "kill point sendMail: at least "
              + expectedMail.size() / 2
              + " of "
              + expectedMail.size()
              + " e-mails; seen "
              + received
              + ", received at the kill "
              + atKill);
      assertTrue(atKill < expectedMail.size(), "killed before sendMail ended: " + atKill);
      LibertyServer.start(START, PACED);
      assertStepUnfinished(watch, mail, "sendMail", "finishRun");
      batch.restart(crashed);

      JsonObject end = batch.awaitEnd(crashed, TIMEOUT);
      LibertyServer.stop();
      assertEquals("COMPLETED", end.getString("batchStatus"));

      Export actual = Export.of(crashedDir, crashed);
      assertSame("notices", expected.notices(), actual.notices());
      assertSame("printable texts", expected.texts(), actual.texts());
      assertEquals(expected.manifestRows(), actual.manifestRows(), "the manifest's rows");
      assertEquals(expected.datesDiffer(), actual.datesDiffer(), "the dates-differ rows");
      assertMailedOnce(smtp, crashed, expectedMail);
    }
  }

  private static Map<String, String> renewal(Path exportDir) {
    return Map.of(
        "asOf", AS_OF,
        "allowDistantAsOf", "true",
        "leadMonths", "60",
        "chunkSize", "50",
        "partitions", "2",
        "exportDir", exportDir.toString());
  }

  /** Letters the run has committed, as the server reports them; fails once the run ended. */
  private static long letters(JobWatch watch, long execution) throws Exception {
    JsonObject report = watch.report(execution);
    if (!RUNNING.contains(report.getString("batchStatus"))) {
      throw new AssertionError("the run ended before the kill point: " + report);
    }
    return !report.containsKey("summary") || report.isNull("summary")
        ? 0
        : report.getJsonObject("summary").getJsonNumber("letters").longValue();
  }

  private static boolean running(JobWatch watch, long execution) throws Exception {
    JsonObject report = watch.report(execution);
    if (!RUNNING.contains(report.getString("batchStatus"))) {
      throw new AssertionError("the run ended before the kill point: " + report);
    }
    return true;
  }

  /** After the kill, from the database: at least what was seen, fewer than the whole run's. */
  private static void assertLettersBetween(long seen, long run, long letters, String point)
      throws Exception {
    long written = RegistryDump.letters(run);
    LOG.info(
        "kill point selectCandidates "
            + point
            + ": seen "
            + seen
            + " letters, committed at the kill "
            + written
            + " of "
            + letters
            + " (R0) + others");
    assertTrue(written >= seen, "killed after the point: " + written + " < " + seen);
    assertTrue(written < letters, "killed before selectCandidates ended: " + written);
  }

  /** The killed execution had started {@code step}, not completed it, and not started the next. */
  private static void assertStepUnfinished(JobWatch watch, long execution, String step, String next)
      throws Exception {
    Map<String, String> steps = watch.steps(execution);
    assertTrue(steps.containsKey(step), "the kill fell in " + step + ": " + steps);
    assertNotEquals("COMPLETED", steps.get(step), "killed before " + step + " ended: " + steps);
    assertFalse(steps.containsKey(next), "killed before " + next + ": " + steps);
  }

  /** Until the crashed run is restarted, no new run may start. */
  private static void assertNoNewRun(long crashed) throws Exception {
    Https.Response refused =
        Https.send(
            "POST",
            "https://localhost:" + ItServer.httpsPort() + "/api/v1/jobs/renewal-notices",
            Https.basic("operator", ItServer.password("operator")),
            "{\"asOf\":\"2026-04-02\",\"allowDistantAsOf\":true}");
    assertEquals(
        409, refused.status(), "no new run before the crashed one ends: " + refused.body());
    JsonObject conflict = Json.createReader(new StringReader(refused.body())).readObject();
    assertEquals(crashed, conflict.getJsonNumber("instanceId").longValue());
    assertEquals("FAILED", conflict.getString("state"));
  }

  /**
   * Every letter the uninterrupted run mailed reached the SMTP server once, or is one of those in
   * doubt (FAILED, not repeated) that the kill in sendMail interrupted, at most one per SMTP
   * connection; nothing else.
   */
  private static void assertMailedOnce(SmtpSink smtp, long run, Set<String> expected)
      throws Exception {
    List<String> received = new ArrayList<>();
    for (MimeMessage m : smtp.received()) {
      String letter = m.getHeader("X-Mynacard-Letter")[0];
      if (letter.startsWith(prefix(run) + PREFIX)) {
        received.add(normal(letter, run));
      }
    }
    assertEquals(received.size(), new HashSet<>(received).size(), "no letter mailed twice");
    Set<String> inDoubt = new TreeSet<>();
    RegistryDump.outbox(run)
        .forEach(
            (letter, status) -> {
              if (!status.equals("SENT") && letter.startsWith(prefix(run) + PREFIX)) {
                inDoubt.add(normal(letter, run));
                assertEquals("FAILED", status, "in doubt means FAILED: " + letter);
              }
            });
    assertTrue(
        inDoubt.size() <= CONNECTIONS,
        "at most the message in hand on each connection at the kill: " + inDoubt);
    Set<String> reached = new TreeSet<>(received);
    reached.addAll(inDoubt);
    assertEquals(expected, reached, "received or in doubt: the letters the whole run mailed");
  }

  /** The run's e-mailed letters of this test's residents, the run's number taken out. */
  private static Set<String> mailed(SmtpSink smtp, long run) throws Exception {
    Set<String> letters = new TreeSet<>();
    for (MimeMessage m : smtp.received()) {
      String letter = m.getHeader("X-Mynacard-Letter")[0];
      if (letter.startsWith(prefix(run) + PREFIX)) {
        letters.add(normal(letter, run));
      }
    }
    return letters;
  }

  private static String prefix(long run) {
    return "L20260401-" + run + "-";
  }

  private static String normal(String text, long run) {
    return text.replace(prefix(run), "L20260401-#-");
  }

  private static void assertSame(
      String what, List<List<String>> expected, List<List<String>> actual) {
    assertEquals(actual.size(), new HashSet<>(actual).size(), what + ": no letter twice");
    List<List<String>> missing =
        expected.stream().filter(r -> !actual.contains(r)).limit(3).toList();
    List<List<String>> extra = actual.stream().filter(r -> !expected.contains(r)).limit(3).toList();
    assertTrue(
        expected.equals(actual),
        what
            + ": the same as the uninterrupted run: "
            + expected.size()
            + " expected, "
            + actual.size()
            + " exported; missing "
            + missing
            + "; extra "
            + extra);
  }

  /**
   * A run's export, with the run's number taken out: the notices and printable texts of this test's
   * residents (other tests leave theirs in the registry), and the manifest's rows, each checked
   * against the file it names.
   */
  private record Export(
      List<List<String>> notices,
      List<List<String>> texts,
      List<List<String>> datesDiffer,
      List<String> manifestRows) {
    static Export of(Path exportDir, long run) throws Exception {
      Path dir = exportDir.resolve(AS_OF);
      Path datesDiffer = dir.resolve("notices-" + AS_OF + "-" + run + ".dates-differ.csv");
      return new Export(
          records(dir.resolve("notices-" + AS_OF + "-" + run + ".csv"), run),
          records(dir.resolve("notice-texts-" + AS_OF + "-" + run + ".csv"), run),
          Files.exists(datesDiffer) ? dataRows(records(datesDiffer, run)) : List.of(),
          manifest(dir, run));
    }

    private static List<List<String>> dataRows(List<List<String>> records) {
      return records.isEmpty() ? records : records.subList(1, records.size());
    }

    private static List<List<String>> records(Path csv, long run) throws Exception {
      List<List<String>> rows = new ArrayList<>();
      try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
          List<String> row = r.toList().stream().map(v -> normal(v, run)).toList();
          if (r.getRecordNumber() == 1 || row.get(0).startsWith("L20260401-#-" + PREFIX)) {
            rows.add(row);
          }
        }
      }
      return rows;
    }

    /**
     * Layout, date, encoding, excluded letters, and each listed file's name; each listed file must
     * be there with the listed size and digest, and the row count that of the notices file.
     */
    private static List<String> manifest(Path dir, long run) throws Exception {
      JsonObject m;
      try (JsonReader r =
          Json.createReader(Files.newBufferedReader(dir.resolve("manifest.json")))) {
        m = r.readObject();
      }
      List<String> rows = new ArrayList<>();
      rows.add("layoutVersion=" + m.get("layoutVersion"));
      rows.add("asOf=" + m.getString("asOf"));
      rows.add("encoding=" + m.getString("encoding"));
      rows.add("excludedLetters=" + m.getInt("excludedLetters"));
      assertEquals(run, m.getJsonNumber("runId").longValue(), "the manifest's run");
      Path noticesFile = dir.resolve("notices-" + AS_OF + "-" + run + ".csv");
      long dataRows;
      try (Reader in = Files.newBufferedReader(noticesFile, StandardCharsets.UTF_8)) {
        dataRows = CSVFormat.RFC4180.parse(in).stream().count() - 1;
      }
      assertEquals(dataRows, m.getJsonNumber("rowCount").longValue(), "rowCount: " + m);
      for (JsonObject f : m.getJsonArray("files").getValuesAs(JsonObject.class)) {
        Path file = dir.resolve(f.getString("name"));
        assertEquals(Files.size(file), f.getJsonNumber("bytes").longValue(), "bytes of " + file);
        assertEquals(ExportManifest.sha256(file), f.getString("sha256"), "sha256 of " + file);
        assertEquals(run, f.getJsonNumber("runId").longValue(), "run of " + file);
        String name = f.getString("name");
        // the dates-differ report lists every letter of the run whose dates differ, other tests'
        // residents included, whom only the uninterrupted run told: its rows of this test's
        // residents are compared instead (Export.datesDiffer)
        if (!name.endsWith(".dates-differ.csv")) {
          rows.add("file=" + name.replace("-" + run + ".", "-#."));
        }
      }
      return rows;
    }
  }

  private static BatchClient operator() {
    return new BatchClient(ItServer.httpsPort(), "operator", ItServer.password("operator"));
  }
}
