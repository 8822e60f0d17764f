package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.mynacard.registry.Notice;
import jp.mynacard.schedule.NightlyStart;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.ItRegistry;
import jp.mynacard.testing.RegistryRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's promises on a renewal-notices run that failed before its export (issue 12): the
 * nightly schedule restarts it rather than starting a new run, and a run purged instead gives its
 * unexported letters and notices back, so the next run tells those items again. A run is made to
 * fail in writeExport by a plain file where its as-of folder belongs; removing the file lets the
 * restart through. Each test ends with no run of its own left unfinished.
 */
@ExtendWith(ArquillianExtension.class)
class UnfinishedRunsIT {
  @Deployment
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Inject NightlyStart nightly;

  @Inject ItRegistry registry;

  private final BatchClient batch = BatchClient.insideServer();

  @Test
  void theNightlyScheduleRestartsARunThatFailedInsteadOfStartingANewOne() throws Exception {
    ItIds ids = ItIds.fresh();
    imported(born(ids, 1, "12-15"));
    Failed failed = failedRun("2035-10-20");
    try {
      Files.delete(failed.blocker());

      nightly.run();

      JsonObject end = batch.awaitEnd(failed.runId(), ItJobs.TIMEOUT);
      assertEquals("COMPLETED", end.getString("batchStatus"), end.toString());
      assertEquals("0", end.getString("exitStatus"));
      assertTrue(
          end.getJsonNumber("executionId").longValue() > failed.executionId(), "a new execution");
      assertEquals(failed.runId(), registry.latestRenewalRun(), "no new run was started");
      assertTrue(
          Files.exists(
              failed
                  .exportDir()
                  .resolve("2035-10-20/notices-2035-10-20-" + failed.runId() + ".csv")),
          "the restarted run exported its letters");
      assertEquals(1, registry.letters(failed.runId(), ids.prefix()).size());
    } finally {
      finish(failed);
    }
  }

  @Test
  void aPurgedRunGivesBackItsUnexportedLettersAndTheNextRunTellsThemAgain() throws Exception {
    ItIds ids = ItIds.fresh();
    imported(born(ids, 1, "08-15"), born(ids, 2, "08-15"));
    Failed failed = failedRun("2035-06-20");
    assertEquals(2, registry.letters(failed.runId(), ids.prefix()).size(), "recorded, not sent");
    Files.delete(failed.blocker());
    Https.Response purged =
        Https.send(
            "DELETE",
            "https://localhost:"
                + System.getProperty("mynacard.https.port", "9443")
                + "/ibm/api/batch/jobinstances/"
                + failed.runId(),
            Https.basic("operator", System.getenv("MYNACARD_OPERATOR_PASSWORD")),
            null);
    assertTrue(purged.status() / 100 == 2, purged.status() + " " + purged.body());

    JsonObject next = renew("2035-06-20", failed.exportDir());

    assertEquals("COMPLETED", next.getString("batchStatus"), next.toString());
    long nextRun = ItJobs.instance(next);
    assertEquals(List.of(), registry.letters(failed.runId(), ids.prefix()), "taken back");
    assertEquals(2, registry.letters(nextRun, ids.prefix()).size(), "told again");
    List<Notice> notices = registry.notices(ids.prefix());
    assertEquals(2, notices.size(), notices.toString());
    assertTrue(
        notices.stream().allMatch(n -> n.getLetterId().contains("-" + nextRun + "-")),
        "the notices are the next run's");
  }

  private record Failed(long runId, long executionId, Path exportDir, Path blocker) {}

  /** A run that recorded its letters and then failed to export them. */
  private Failed failedRun(String asOf) throws Exception {
    Path exportDir = Files.createTempDirectory("it-export");
    Path blocker = Files.writeString(exportDir.resolve(asOf), "not a folder");
    JsonObject run = renew(asOf, exportDir);
    assertEquals("FAILED", run.getString("batchStatus"), run.toString());
    return new Failed(
        ItJobs.instance(run), run.getJsonNumber("executionId").longValue(), exportDir, blocker);
  }

  /** Leaves no failed run of this test holding back later runs: restarts it to its end. */
  private void finish(Failed failed) throws Exception {
    JsonObject latest = batch.latestExecution(failed.runId());
    if (!"FAILED".equals(latest.getString("batchStatus"))) {
      return;
    }
    Files.deleteIfExists(failed.blocker());
    batch.restart(failed.runId());
    batch.awaitEnd(failed.runId(), ItJobs.TIMEOUT);
  }

  private static JsonObject renew(String asOf, Path exportDir) throws Exception {
    return ItJobs.run(
        "renewal-notices",
        Map.of("asOf", asOf, "allowDistantAsOf", "true", "exportDir", exportDir.toString()));
  }

  /** A national born on {@code monthDay} 1980, card issued 2026-01-10: it expires then in 2035. */
  private static RegistryRows born(ItIds ids, int i, String monthDay) {
    return ids.national(i)
        .set("birth_date", "1980-" + monthDay)
        .set("card_application_received_on", "2025-12-01")
        .set("card_issued_on", "2026-01-10")
        .set("card_expires_on", "2035-" + monthDay)
        .set("user_cert_issued_on", "2026-01-10")
        .set("user_cert_expires_on", "2030-" + monthDay)
        .set("sign_cert_issued_on", "2026-01-10")
        .set("sign_cert_expires_on", "2030-" + monthDay);
  }

  private static void imported(RegistryRows... rows) throws Exception {
    assertEquals("0", ItJobs.importRows(List.of(rows)).getString("exitStatus"), "the fixture");
  }
}
