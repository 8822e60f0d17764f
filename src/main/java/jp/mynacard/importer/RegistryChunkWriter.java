package jp.mynacard.importer;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mynacard.batch.JobSubmitter;

/**
 * What the import step's and the check step's writers share: a chunk's outcomes split into accepted
 * rows and rejections, the rows merged (or checked), the counts added to the partition's progress,
 * then the rejections, anomalies (and changes) appended to the partition's report parts; checkpoint
 * = the parts' lengths ({@link ReportPositions}).
 */
abstract class RegistryChunkWriter extends AbstractItemWriter {
  @Inject @BatchProperty String inputFile;

  @Inject @BatchProperty String encoding;

  @Inject @BatchProperty Integer partition;

  @Inject JobContext job;

  @Inject JobSubmitter submitter;

  private ImportReports reports;
  private String principal;

  /** The chunk's accepted rows merged into the registry, or checked. */
  abstract MergeResult merge(List<ImportRow> accepted, ImportRun run) throws Exception;

  /** Adds the chunk's counts to the partition's progress, in the chunk transaction. */
  abstract void count(ImportRun run, int read, int rejected, int anomalies, MergeResult merged);

  abstract ImportReports openReports(ImportFiles files, int partition, ReportPositions checkpoint)
      throws Exception;

  /**
   * Opens the partition's report parts, cut back to {@code checkpoint}. The runtime calls this
   * again, without {@link #close()}, to go back to the last checkpoint before retrying a chunk.
   */
  @Override
  public void open(Serializable checkpoint) throws Exception {
    close();
    if (principal == null) {
      principal = submitter.of(job.getExecutionId(), ImportParameters.JOB);
    }
    reports =
        openReports(ImportFiles.of(inputFile, encoding), partition(), (ReportPositions) checkpoint);
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
        new ImportRun(
            job.getInstanceId(),
            job.getExecutionId(),
            LocalDateTime.now(ZoneOffset.UTC),
            principal);
    MergeResult merged = merge(accepted, run);
    rejected.addAll(merged.rejections);
    Set<Long> conflicting = new HashSet<>();
    merged.rejections.forEach(r -> conflicting.add(r.line()));
    List<Anomaly> anomalies = new ArrayList<>(merged.anomalies);
    for (ImportRow row : accepted) {
      if (!conflicting.contains(row.line())) {
        anomalies.addAll(row.anomalies());
      }
    }
    count(run, items.size(), rejected.size(), anomalies.size(), merged);
    reports.write(rejected, anomalies, merged.changes);
  }

  int partition() {
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
