package jp.mynacard.importer;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import jp.mynacard.batch.ExitStatus;

/**
 * The import's last step: merges the partitions' report parts into {@code <input>.rejects.csv} and
 * {@code <input>.anomalies.csv}, sums the counts, logs the summary line and sets the exit status (0
 * clean, 4 with rejects or anomalies).
 */
@Dependent
@Named("registryImportFinisher")
public class RegistryImportFinisher extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(RegistryImportFinisher.class.getName());

  @Inject @BatchProperty String inputFile;

  @Inject @BatchProperty String encoding;

  @Inject JobContext job;

  @Inject ImportProgressStore progress;

  @Override
  public String process() throws Exception {
    ImportFiles files = ImportFiles.of(inputFile, encoding);
    ReportMerge.merge(files, progress.partitions(job.getInstanceId()));
    ImportTally tally = progress.totals(job.getInstanceId());
    String status = tally.hasWarnings() ? ExitStatus.WARNINGS : ExitStatus.OK;
    job.setExitStatus(status);
    LOG.info(
        "registry-import summary: "
            + tally.summary()
            + " exitStatus="
            + status
            + " rejects="
            + files.rejects()
            + " anomalies="
            + files.anomalies());
    return status;
  }
}
