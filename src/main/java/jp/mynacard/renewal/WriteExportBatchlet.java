package jp.mynacard.renewal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.ZoneOffset;
import jp.mynacard.export.ExportResult;
import jp.mynacard.export.VendorExport;

/**
 * Writes the run's vendor export from its letters. Done again after a crash, it writes the same
 * files again, whole. A dry run exports nothing.
 */
@Dependent
@Named("writeExport")
public class WriteExportBatchlet extends AbstractBatchlet {
  @Inject JobContext job;
  @Inject RenewalRuns runs;
  @Inject VendorExport export;

  @Override
  public String process() throws Exception {
    RenewalRun run = runs.run(job.getInstanceId());
    if (run.isDryRun()) {
      return "DRY_RUN";
    }
    runs.refreshStatistics(runs.summary(run.getRunId()).letters());
    ExportResult result =
        export.write(
            run.getRunId(),
            run.getAsOf(),
            Path.of(run.getExportDir()),
            run.getStartedAt().toInstant(ZoneOffset.UTC));
    runs.exported(run.getRunId(), result.delivered().toString(), result.rows(), result.excluded());
    return "EXPORTED";
  }
}
