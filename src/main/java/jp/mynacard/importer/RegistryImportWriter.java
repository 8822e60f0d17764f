package jp.mynacard.importer;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges a chunk's accepted rows into the registry, counts the chunk in {@link ImportProgress},
 * then appends its rejections and anomalies to the partition's report parts; checkpoint = the
 * parts' lengths ({@link ReportPositions}).
 */
@Dependent
@Named("registryImportWriter")
public class RegistryImportWriter extends AbstractItemWriter {
  @Inject @BatchProperty String inputFile;

  @Inject @BatchProperty String encoding;

  @Inject JobContext job;

  @Inject @BatchProperty Integer partition;

  @Inject RegistryMerge merge;

  @Inject ImportProgressStore progress;

  private ImportReports reports;

  /**
   * Opens the partition's report parts, cut back to {@code checkpoint}. The runtime calls this
   * again, without {@link #close()}, to go back to the last checkpoint before retrying a chunk.
   */
  @Override
  public void open(Serializable checkpoint) throws Exception {
    close();
    reports =
        ImportReports.openPart(
            ImportFiles.of(inputFile, encoding), partition(), (ReportPositions) checkpoint);
  }

  @Override
  public void writeItems(List<Object> items) throws Exception {
    List<ImportRow> accepted = new ArrayList<>(items.size());
    List<Rejection> rejected = new ArrayList<>();
    for (Object item : items) {
      RowOutcome outcome = (RowOutcome) item;
      if (outcome.isAccepted()) {
        accepted.add(outcome.accepted());
      } else {
        rejected.add(outcome.rejected());
      }
    }
    ImportRun run =
        new ImportRun(job.getInstanceId(), job.getExecutionId(), LocalDateTime.now(ZoneOffset.UTC));
    MergeResult merged = merge.merge(accepted, run);
    rejected.addAll(merged.rejections);
    Set<Long> conflicting = new HashSet<>();
    merged.rejections.forEach(r -> conflicting.add(r.line()));
    List<Anomaly> anomalies = new ArrayList<>(merged.anomalies);
    for (ImportRow row : accepted) {
      if (!conflicting.contains(row.line())) {
        anomalies.addAll(row.anomalies());
      }
    }
    progress.add(
        run.instanceId(),
        partition(),
        items.size(),
        rejected.size(),
        anomalies.size(),
        merged,
        run.now());
    reports.write(rejected, anomalies);
  }

  private int partition() {
    return partition == null ? 0 : partition;
  }

  @Override
  public Serializable checkpointInfo() {
    return reports.positions();
  }

  @Override
  public void close() throws Exception {
    if (reports != null) {
      reports.close();
      reports = null;
    }
  }
}
