package jp.mynacard.progress;

import java.io.Serializable;

/**
 * What one partition (or a step without partitions: partition 0) has done so far, counted from its
 * start in this execution: items read, written and skipped (the batch runtime's committed metrics),
 * {@code done} in the step's unit, letters and e-mails sent. Absolute, not increments, so that a
 * report that arrives twice or late counts once. Serializable: a partition on another server sends
 * it back through the batch runtime's collector.
 */
public record PartitionCounts(
    int partition, long read, long written, long skipped, long done, long letters, long emails)
    implements Serializable {

  /** A step that only counts {@code done}. */
  public static PartitionCounts done(long done) {
    return new PartitionCounts(0, 0, 0, 0, done, 0, 0);
  }

  PartitionCounts minus(PartitionCounts earlier) {
    if (earlier == null) {
      return this;
    }
    return new PartitionCounts(
        partition,
        Math.max(0, read - earlier.read),
        Math.max(0, written - earlier.written),
        Math.max(0, skipped - earlier.skipped),
        Math.max(0, done - earlier.done),
        Math.max(0, letters - earlier.letters),
        Math.max(0, emails - earlier.emails));
  }

  PartitionCounts plus(PartitionCounts other) {
    return new PartitionCounts(
        partition,
        read + other.read,
        written + other.written,
        skipped + other.skipped,
        done + other.done,
        letters + other.letters,
        emails + other.emails);
  }
}
