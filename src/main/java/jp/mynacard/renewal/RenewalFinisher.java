package jp.mynacard.renewal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import jp.mynacard.batch.ExitStatus;

/**
 * The last step: logs the run's summary, sets the exit status (0, or 4 when letters had to be left
 * out of the export: characters the export's encoding lacks) and records the run's end, which lets
 * the next run start.
 */
@Dependent
@Named("finishRun")
public class RenewalFinisher extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(RenewalFinisher.class.getName());

  @Inject JobContext job;
  @Inject RenewalRuns runs;

  @Override
  public String process() {
    RenewalRun run = runs.run(job.getInstanceId());
    RenewalSummary summary = runs.summary(run.getRunId());
    String status = summary.excludedLetters() > 0 ? ExitStatus.WARNINGS : ExitStatus.OK;
    job.setExitStatus(status);
    LOG.info(
        "renewal-notices summary: asOf="
            + run.getAsOf()
            + " lead="
            + run.leads()
            + (run.isDryRun() ? " dryRun" : "")
            + " "
            + summary.line()
            + " exitStatus="
            + status);
    runs.finished(run.getRunId());
    return status;
  }
}
