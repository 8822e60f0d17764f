package jp.mynacard.progress;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One step of one execution as its partitions report it: the latest counts of each, the step's
 * total and unit, when it started and ended, and when it last printed a line. Thread-safe (the
 * partitions' reports and the API's reads meet here).
 */
final class StepTally {
  /** A long step prints its progress at least this often. */
  static final Duration LINE_EVERY = Duration.ofSeconds(10);

  private final String step;
  private final String unit;
  private final long startNanos;
  private final Map<Integer, PartitionCounts> partitions = new HashMap<>();
  private Long total;
  private long lastLineNanos;
  private long endNanos = -1;

  StepTally(String step, String unit, long startNanos) {
    this.step = step;
    this.unit = unit;
    this.startNanos = startNanos;
    this.lastLineNanos = startNanos;
  }

  boolean countsSteps() {
    return unit.equals(JobSteps.STEP);
  }

  synchronized void total(Long total) {
    this.total = total;
  }

  /** Records a partition's counts; returns what they add to what it had reported before. */
  synchronized PartitionCounts report(PartitionCounts counts) {
    PartitionCounts added = counts.minus(partitions.get(counts.partition()));
    partitions.merge(counts.partition(), added, PartitionCounts::plus);
    return added;
  }

  synchronized PartitionCounts sum() {
    PartitionCounts sum = new PartitionCounts(0, 0, 0, 0, 0, 0, 0);
    for (PartitionCounts p : partitions.values()) {
      sum = sum.plus(p);
    }
    return sum;
  }

  synchronized void ended(long nanos) {
    if (endNanos < 0) {
      endNanos = nanos;
    }
  }

  synchronized boolean isEnded() {
    return endNanos >= 0;
  }

  /** Whether a progress line is due now; if so, it counts as printed. */
  synchronized boolean lineDue(long nanos) {
    if (nanos - lastLineNanos < LINE_EVERY.toNanos()) {
      return false;
    }
    lastLineNanos = nanos;
    return true;
  }

  synchronized StepProgress progress(long nanos) {
    long until = endNanos >= 0 ? endNanos : nanos;
    return new StepProgress(
        step, unit, sum().done(), total, Duration.ofNanos(Math.max(0, until - startNanos)));
  }
}
