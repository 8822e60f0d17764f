package jp.mynacard.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.JobWatch;
import jp.mynacard.testing.RegistryRows;
import jp.mynacard.testing.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, progress: during a renewal run over a few thousand residents, {@code /metrics} read as
 * the operator shows the letters count rising; the other users are refused it; the job logs have
 * the steps' progress lines; the job report's progress reaches the whole run.
 *
 * <p>The fixture's cards expire from 2036-09-01 to 2036-11-29 (issued 2026-11-30 to residents born
 * in 1990), a window no other test's runs reach, and no resident agreed to e-mail. Small chunks
 * (chunkSize 50, the least allowed) make selectCandidates commit, and report, often enough to be
 * watched.
 */
@ExtendWith(ArquillianExtension.class)
class BatchProgressIT {
  private static final int RESIDENTS = 6_000;
  private static final Pattern LETTERS =
      Pattern.compile(
          "^mynacard_letters_total\\{[^}]*job=\"renewal-notices\"[^}]*\\} ([0-9.eE+]+)$",
          Pattern.MULTILINE);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Test
  void aRunsLettersRiseOnMetricsItsLogHasProgressLinesAndItsReportReachesTheWholeRun()
      throws Exception {
    ItIds ids = ItIds.fresh();
    List<RegistryRows> rows = new ArrayList<>();
    LocalDate birthday = LocalDate.of(1990, 9, 1);
    for (int i = 0; i < RESIDENTS; i++) {
      rows.add(
          ids.national(i)
              .set("birth_date", birthday.plusDays(i % 90).toString())
              .set("card_application_received_on", "2026-11-15")
              .set("card_issued_on", "2026-11-30")
              .set("card_expires_on", "")
              .set("user_cert_issued_on", "2026-11-30")
              .set("user_cert_expires_on", "")
              .set("sign_cert_issued_on", "2026-11-30")
              .set("sign_cert_expires_on", ""));
    }
    JsonObject imported = ApiClient.importRows(rows);
    assertEquals("COMPLETED", imported.getString("batchStatus"), imported.toString());

    BatchClient batch = ApiClient.operator();
    double before = letters();
    long instance =
        batch.start(
            "renewal-notices",
            Map.of(
                "asOf",
                "2036-08-01",
                "allowDistantAsOf",
                "true",
                "leadMonths",
                "4",
                "chunkSize",
                "50",
                "exportDir",
                java.nio.file.Files.createTempDirectory("it-progress").toString()));
    JobWatch watch = new JobWatch();
    List<Double> seen = new ArrayList<>();
    Instant deadline = Instant.now().plus(ItJobs.TIMEOUT);
    JsonObject report;
    do {
      double now = letters();
      if (now > before && (seen.isEmpty() || now > seen.get(seen.size() - 1))) {
        seen.add(now);
      }
      report = watch.report(watch.latestExecution(instance));
    } while (running(report) && Instant.now().isBefore(deadline));
    assertEquals("COMPLETED", report.getString("batchStatus"), report.toString());

    long runLetters = report.getJsonObject("summary").getJsonNumber("letters").longValue();
    assertTrue(runLetters >= RESIDENTS, "every resident gets a letter: " + report);
    assertTrue(seen.size() >= 2, "the letters count rose while the run was under way: " + seen);
    assertTrue(letters() - before >= runLetters, "the count took in every letter of the run");

    JsonObject progress = report.getJsonObject("progress");
    assertEquals(1.0, progress.getJsonNumber("share").doubleValue(), progress.toString());
    JsonObject select = step(progress, "selectCandidates");
    assertEquals("residents", select.getString("unit"));
    assertEquals(100, select.getInt("percent"), select.toString());
    assertEquals(
        select.getJsonNumber("total").longValue(), select.getJsonNumber("done").longValue());

    String logs = batch.jobLogs(instance);
    assertTrue(
        Pattern.compile("selectCandidates 100 % [0-9,]+/[0-9,]+ residents, [0-9.kM]+/s, ETA 0 s")
            .matcher(logs)
            .find(),
        "selectCandidates' progress line in the job log");
    assertTrue(
        Pattern.compile("writeExport 100 % [0-9,]+/[0-9,]+ letters").matcher(logs).find(),
        "writeExport's progress line in the job log");
    String importLogs = batch.jobLogs(ItJobs.instance(imported));
    assertTrue(
        Pattern.compile("importRows [0-9,]+ rows, [0-9.kM]+/s").matcher(importLogs).find(),
        "importRows' progress line in the import's job log");
    for (int i = 0; i < RESIDENTS; i += 500) {
      assertFalse(logs.contains(ids.number(i)), "no Individual Number in the job log");
    }
  }

  @Test
  void metricsAreForOperatorsOnly() throws Exception {
    for (String user : ItServer.USERS) {
      Https.Response r = metrics(Https.basic(user, ItServer.password(user)));
      assertEquals(user.equals("operator") ? 200 : 403, r.status(), user + ": " + r.body());
    }
    assertEquals(401, metrics(null).status());
    assertEquals(401, metrics(Https.basic("operator", "wrong-password")).status());
    assertFalse(metrics(operator()).body().contains(TestNumbers.valid(1_000_000_000L)));
  }

  private static boolean running(JsonObject report) {
    String status = report.getString("batchStatus");
    return status.equals("STARTING") || status.equals("STARTED");
  }

  private static JsonObject step(JsonObject progress, String name) {
    for (JsonObject s : progress.getJsonArray("steps").getValuesAs(JsonObject.class)) {
      if (s.getString("step").equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no step " + name + " in " + progress);
  }

  /** The letters so far, as an operator reads them on /metrics (0 before the first). */
  private static double letters() throws Exception {
    Https.Response r = metrics(operator());
    assertEquals(200, r.status(), r.body());
    Matcher m = LETTERS.matcher(r.body());
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static Https.Response metrics(String authorization) throws Exception {
    return Https.get(
        "https://localhost:" + ItServer.httpsPort() + "/metrics?scope=application",
        authorization,
        "text/plain");
  }

  private static String operator() {
    return Https.basic("operator", ItServer.password("operator"));
  }
}
