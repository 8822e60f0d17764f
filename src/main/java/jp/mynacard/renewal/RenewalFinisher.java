package jp.mynacard.renewal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.logging.Logger;
import jp.mynacard.batch.ExitStatus;
import jp.mynacard.mail.MailCounts;
import jp.mynacard.mail.MailDispatch;

/**
 * The last step: logs the run's summary, sets the exit status (0, or 4 when letters had to be left
 * out of the export, characters the export's encoding lacks, e-mails failed or were refused, or
 * letters at their latest sending date went over the counters' daily capacity) and records the
 * run's end, which lets the next run start.
 */
@Dependent
@Named("finishRun")
public class RenewalFinisher extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(RenewalFinisher.class.getName());

  @Inject JobContext job;
  @Inject RenewalRuns runs;
  @Inject MailDispatch mail;

  @Override
  public String process() throws SQLException {
    RenewalRun run = runs.run(job.getInstanceId());
    RenewalSummary summary = runs.summary(run.getRunId());
    MailCounts mailed = run.isDryRun() ? MailCounts.OFF : mail.counts(run.getRunId());
    boolean overCapacity = summary.paced() != null && summary.paced().overCapacity();
    String status =
        summary.excludedLetters() > 0 || mailed.hasWarnings() || overCapacity
            ? ExitStatus.WARNINGS
            : ExitStatus.OK;
    job.setExitStatus(status);
    if (overCapacity) {
      LOG.warning(
          "renewal-notices run "
              + run.getRunId()
              + ": letters at their latest sending date bring "
              + summary.paced().forcedVisits()
              + " counter visits, over the daily capacity of "
              + summary.paced().capacity()
              + "; they were sent all the same");
    }
    LOG.info(
        "renewal-notices summary: asOf="
            + run.getAsOf()
            + " lead="
            + run.leads()
            + (run.isDryRun() ? " dryRun" : "")
            + " "
            + summary.line()
            + " "
            + mailed.line()
            + " exitStatus="
            + status);
    runs.finished(run.getRunId());
    return status;
  }
}
