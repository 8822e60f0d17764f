package jp.mynacard.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Makes sure a job ends with 0, 4 or 8: a step that failed before setting a status (or a job
 * stopped by an operator) leaves the runtime's default, "FAILED" or "STOPPED", which batchManager
 * would turn into 34 or 33.
 */
@Dependent
@Named("exitStatusListener")
public class ExitStatusJobListener extends AbstractJobListener {
  private static final Logger LOG = Logger.getLogger(ExitStatusJobListener.class.getName());

  @Inject JobContext job;

  @Override
  public void afterJob() {
    String status = job.getExitStatus();
    BatchStatus batch = job.getBatchStatus();
    if (batch == BatchStatus.FAILED
        || batch == BatchStatus.STOPPING
        || batch == BatchStatus.STOPPED) {
      status = ExitStatus.FAILED;
    } else if (!ExitStatus.isOurs(status)) {
      status = ExitStatus.OK;
    }
    job.setExitStatus(status);
    LOG.info(
        job.getJobName()
            + " execution "
            + job.getExecutionId()
            + " ends with exit status "
            + status);
  }
}
