package jp.mynacard.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import jp.mynacard.renewal.RenewalParameters;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.ItRegistry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the nightly schedule runs at its hour: a renewal-notices run as of today in Tokyo, started
 * as the operator through the API (a scheduled task has no user of its own).
 */
@ExtendWith(ArquillianExtension.class)
class NightlyStartIT {
  @Deployment
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Inject NightlyStart nightly;

  @Inject ItRegistry registry;

  @Test
  void theNightlyStartRunsRenewalNoticesAsOfTodayInTokyo() throws Exception {
    long before = registry.latestRenewalRun();
    LocalDate started = LocalDate.now(RenewalParameters.JAPAN);

    nightly.run();

    long run = awaitNewRun(before);
    JsonObject end = BatchClient.insideServer().awaitEnd(run, ItJobs.TIMEOUT);
    LocalDate ended = LocalDate.now(RenewalParameters.JAPAN);
    assertEquals("COMPLETED", end.getString("batchStatus"));
    // the Tokyo date the run began on: the day it started, or the next if midnight passed since
    LocalDate asOf = registry.renewalAsOf(run);
    assertTrue(
        asOf.equals(started) || asOf.equals(ended),
        "asOf " + asOf + ", the run went from " + started + " to " + ended + " in Tokyo");
  }

  /** The run the nightly start began: it records itself in its first step. */
  private long awaitNewRun(long before) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      long latest = registry.latestRenewalRun();
      if (latest > before) {
        return latest;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no renewal run started");
  }
}
