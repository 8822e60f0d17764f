package jp.mynacard.importer;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import jp.mynacard.batch.ExitStatus;

/**
 * Sets the exit status from the tally (0 clean, 4 rejects or anomalies) and logs the summary
 * line that the job log and the README's demo print.
 */
@Dependent
@Named("registryImportListener")
public class RegistryImportListener extends AbstractStepListener {
  private static final Logger LOG = Logger.getLogger(RegistryImportListener.class.getName());

  @Inject
  @BatchProperty
  String inputFile;

  @Inject
  @BatchProperty
  String encoding;

  @Inject
  StepContext step;

  @Inject
  JobContext job;

  @Override
  public void afterStep() {
    ImportTally tally = step.getPersistentUserData() instanceof ImportTally t ? t : new ImportTally();
    String status = step.getException() != null ? ExitStatus.FAILED
        : tally.hasWarnings() ? ExitStatus.WARNINGS : ExitStatus.OK;
    step.setExitStatus(status);
    job.setExitStatus(status);
    ImportFiles files = ImportFiles.of(inputFile, encoding);
    LOG.info("registry-import summary: " + tally.summary() + " exitStatus=" + status
        + " rejects=" + files.rejects() + " anomalies=" + files.anomalies());
  }
}
