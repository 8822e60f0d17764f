package jp.mynacard.progress;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * After each committed chunk of a partition, sends its counts so far to {@link ProgressAnalyzer} on
 * the step's main thread (on another server too, with multi-JVM partitions): read, written and
 * skipped from the batch runtime's metrics, which count committed chunks only, so a chunk rolled
 * back and retried counts once; {@code done} is the items read; letters from {@link
 * PartitionTally}.
 */
@Dependent
@Named("progressCollector")
public class ProgressCollector implements PartitionCollector {
  @Inject @BatchProperty Integer partition;
  @Inject StepContext step;

  @Override
  public Serializable collectPartitionData() {
    long read = 0;
    long written = 0;
    long skipped = 0;
    for (Metric m : step.getMetrics()) {
      switch (m.getType()) {
        case READ_COUNT -> read = m.getValue();
        case WRITE_COUNT -> written = m.getValue();
        case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += m.getValue();
        default -> {
          // commits, rollbacks and filtered items are not progress
        }
      }
    }
    return new PartitionCounts(
        partition == null ? 0 : partition,
        read,
        written,
        skipped,
        read,
        PartitionTally.of(step).letters(),
        0);
  }
}
