package jp.mynacard.importer;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The check step's writer (issue 11): runs the merge's rules over a chunk without writing to the
 * registry ({@link RegistryMerge#check}), counts what the import would do in {@link ImportCheck},
 * and appends the rejections, anomalies and changes to the partition's check parts.
 */
@Dependent
@Named("registryCheckWriter")
public class RegistryCheckWriter extends RegistryChunkWriter {
  @Inject RegistryMerge registry;

  @Inject ImportCheckStore checks;

  @Override
  MergeResult merge(List<ImportRow> accepted, ImportRun run) throws Exception {
    return registry.check(accepted, run);
  }

  @Override
  void count(ImportRun run, int read, int rejected, int anomalies, MergeResult checked) {
    checks.add(run.instanceId(), partition(), read, rejected, anomalies, checked, run.now());
  }

  @Override
  ImportReports openReports(ImportFiles files, int partition, ReportPositions checkpoint)
      throws Exception {
    return ImportReports.openCheckPart(files, partition, checkpoint);
  }
}
