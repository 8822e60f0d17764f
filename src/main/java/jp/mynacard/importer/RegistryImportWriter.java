package jp.mynacard.importer;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
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
 * Merges a chunk's accepted rows into the registry, then appends its rejections and anomalies to
 * the report files; checkpoint = the report files' lengths ({@link ReportPositions}).
 */
@Dependent
@Named("registryImportWriter")
public class RegistryImportWriter extends AbstractItemWriter {
  @Inject
  @BatchProperty
  String inputFile;

  @Inject
  @BatchProperty
  String encoding;

  @Inject
  JobContext job;

  @Inject
  StepContext step;

  @Inject
  RegistryMerge merge;

  private ImportReports reports;
  private ImportTally tally;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    reports = ImportReports.open(ImportFiles.of(inputFile, encoding), (ReportPositions) checkpoint);
    tally = step.getPersistentUserData() instanceof ImportTally t ? t : new ImportTally();
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
    ImportRun run = new ImportRun(job.getInstanceId(), job.getExecutionId(),
        LocalDateTime.now(ZoneOffset.UTC));
    MergeResult merged = merge.merge(accepted, run);
    rejected.addAll(merged.rejections);
    Set<Long> conflicting = new HashSet<>();
    merged.rejections.forEach(r -> conflicting.add(r.line()));
    List<Anomaly> anomalies = new ArrayList<>(merged.anomalies);
    accepted.stream().filter(r -> !conflicting.contains(r.line()))
        .forEach(r -> anomalies.addAll(r.anomalies()));
    reports.write(rejected, anomalies);
    count(items.size(), rejected.size(), anomalies.size(), merged);
  }

  private void count(int read, int rejected, int anomalies, MergeResult merged) {
    tally.read += read;
    tally.rejected += rejected;
    tally.anomalies += anomalies;
    tally.created += merged.created;
    tally.updated += merged.updated;
    tally.unchanged += merged.unchanged;
    tally.signCertsRevoked += merged.signCertsRevoked;
    tally.cardsSuperseded += merged.cardsSuperseded;
    step.setPersistentUserData(tally);
  }

  @Override
  public Serializable checkpointInfo() {
    return reports.positions();
  }

  @Override
  public void close() throws Exception {
    if (reports != null) {
      reports.close();
    }
  }
}
