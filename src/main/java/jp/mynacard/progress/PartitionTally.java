package jp.mynacard.progress;

import jakarta.batch.runtime.context.StepContext;

/**
 * What a step's own writer counts beyond the batch runtime's metrics (the letters it created), kept
 * in the partition's step context for {@link ProgressCollector} to send. One per partition: each
 * partition has its own step context and thread.
 */
public final class PartitionTally {
  private long letters;

  /** The tally of the partition (or step) whose context this is. */
  public static PartitionTally of(StepContext step) {
    if (step.getTransientUserData() instanceof PartitionTally t) {
      return t;
    }
    PartitionTally t = new PartitionTally();
    step.setTransientUserData(t);
    return t;
  }

  public void letters(long created) {
    letters += created;
  }

  long letters() {
    return letters;
  }
}
