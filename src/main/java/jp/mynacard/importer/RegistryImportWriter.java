package jp.mynacard.importer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Merges a chunk's accepted rows into the registry (its changes audited in the name of the operator
 * who submitted the import), counts the chunk in {@link ImportProgress}, then appends its
 * rejections and anomalies to the partition's report parts.
 */
@Dependent
@Named("registryImportWriter")
public class RegistryImportWriter extends RegistryChunkWriter {
  @Inject RegistryMerge registry;

  @Inject ImportProgressStore progress;

  @Override
  MergeResult merge(List<ImportRow> accepted, ImportRun run) throws Exception {
    MergeResult merged = registry.merge(accepted, run);
    merged.changes.clear(); // audited: the import step writes no changes report
    return merged;
  }

  @Override
  void count(ImportRun run, int read, int rejected, int anomalies, MergeResult merged) {
    progress.add(run.instanceId(), partition(), read, rejected, anomalies, merged, run.now());
  }

  @Override
  ImportReports openReports(ImportFiles files, int partition, ReportPositions checkpoint)
      throws Exception {
    return ImportReports.openPart(files, partition, checkpoint);
  }
}
