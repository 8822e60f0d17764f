package jp.mynacard.importer;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import jp.mynacard.batch.GivenParameters;
import jp.mynacard.batch.PartitionThreads;
import jp.mynacard.validity.NumberMask;

/**
 * Splits the extract into byte ranges that start at record boundaries, one partition each, so two
 * readers and writers keep both the application server's and the database's cores busy (measured in
 * bench/: 1.5 times one partition's rows/s). The split is deterministic for a given file, as a
 * restart requires, and the same for the check step and the import step; a file that cannot be
 * imported at all is refused here, before any partition of the check step starts.
 */
@Dependent
@Named("registryPartitionMapper")
public class RegistryPartitionMapper implements PartitionMapper {
  /** Below this much data per partition, parallel writers are not worth their start-up. */
  static final long MIN_BYTES_PER_PARTITION = 1 << 20;

  private static final Logger LOG = Logger.getLogger(RegistryPartitionMapper.class.getName());

  @Inject @BatchProperty String inputFile;

  @Inject @BatchProperty String encoding;

  @Inject @BatchProperty Integer partitions;

  /**
   * True for the job's first step, the check: a fresh start deletes the reports of an earlier run,
   * and a check that cannot refuse is skipped.
   */
  @Inject @BatchProperty Boolean firstStep;

  @Inject @BatchProperty Boolean dryRun;

  @Inject @BatchProperty Boolean confirmMassChanges;

  @Inject JobContext job;

  @Inject StepContext step;

  @Inject ImportCheckStore checks;

  @Inject MassChangeSettings massChanges;

  @Inject PartitionThreads threads;

  @Inject ImportRoot importRoot;

  @Override
  public PartitionPlan mapPartitions() throws Exception {
    Path input;
    try {
      // however the job was started: /ibm/api/batch and batchManager bypass our API's checks;
      // a refused path gets no rejects file beside it (that would write where it points)
      ImportParameters.validate(GivenParameters.of(job.getExecutionId()));
      massChanges.limit();
      input = importRoot.inputFile(inputFile);
    } catch (IllegalArgumentException e) {
      LOG.severe(NumberMask.mask("registry-import refused: " + e.getMessage()));
      throw e;
    }
    ImportFiles files = ImportFiles.of(input.toString(), encoding);
    List<ImportRange> ranges;
    try {
      if (!Files.isReadable(files.input())) {
        throw new LayoutException(
            "", "the input file " + files.input() + " does not exist or cannot be read");
      }
      long size = Files.size(files.input());
      int wanted = partitions == null || partitions < 1 ? 1 : partitions;
      int parts = (int) Math.max(1, Math.min(wanted, size / MIN_BYTES_PER_PARTITION));
      ranges = RegistryFile.split(files.input(), files.charset(), parts);
      if (Boolean.TRUE.equals(firstStep) && checks.partitions(job.getInstanceId()) == 0) {
        files.deleteEarlierReports();
      }
    } catch (LayoutException e) {
      LOG.severe(
          NumberMask.mask("registry-import refused " + files.input() + ": " + e.getMessage()));
      try {
        ImportReports.refuseFile(files, e);
      } catch (IOException notWritable) {
        LOG.severe(
            NumberMask.mask("cannot write " + files.rejects() + ": " + notWritable.getMessage()));
      }
      throw e;
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    if (Boolean.TRUE.equals(firstStep) && checkCannotRefuse()) {
      ImportRange first = ranges.get(0);
      ranges =
          List.of(new ImportRange(first.startOffset(), first.startLine(), first.startOffset()));
      plan.setPartitionsOverride(true); // a check cut short and restarted confirmed ends here
    }
    plan.setPartitions(ranges.size());
    plan.setThreads(threads.forPartitions(ranges.size()));
    Properties[] properties = new Properties[ranges.size()];
    for (int i = 0; i < ranges.size(); i++) {
      ImportRange r = ranges.get(i);
      properties[i] = new Properties();
      properties[i].setProperty("partition", Integer.toString(i));
      properties[i].setProperty("startOffset", Long.toString(r.startOffset()));
      properties[i].setProperty("startLine", Long.toString(r.startLine()));
      properties[i].setProperty("endOffset", Long.toString(r.endOffset()));
    }
    plan.setPartitionProperties(properties);
    LOG.info(
        NumberMask.mask(
            "registry-import "
                + step.getStepName()
                + " reads "
                + files.input()
                + " in "
                + ranges.size()
                + " partition(s)"));
    return plan;
  }

  /**
   * Whether the check's verdict is known before it reads a row: not a dry run, and either confirmed
   * or a registry of at most {@link MassChangeLimit#FLOOR} residents (a first import), which cannot
   * change more. Then the check reads nothing (an empty range) and the import step runs at once.
   */
  private boolean checkCannotRefuse() {
    if (Boolean.TRUE.equals(dryRun)) {
      return false;
    }
    String why =
        Boolean.TRUE.equals(confirmMassChanges)
            ? "confirmMassChanges=true"
            : checks.registryHoldsMoreThan(MassChangeLimit.FLOOR)
                ? null
                : "the registry holds at most " + MassChangeLimit.FLOOR + " residents";
    if (why != null) {
      LOG.info("registry-import checkChanges skipped: " + why);
    }
    return why != null;
  }
}
