package jp.mynacard.progress;

import jakarta.batch.api.partition.AbstractPartitionReducer;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Puts a partitioned step on the {@link ProgressBoard} before its partitions are mapped and
 * started, and prints its last progress line when they have all ended: the partitioned step's
 * main-thread hooks, where a step listener would run on each partition's thread as well.
 */
@Dependent
@Named("progressReducer")
public class ProgressReducer extends AbstractPartitionReducer {
  @Inject JobContext job;
  @Inject StepContext step;
  @Inject ProgressBoard board;

  @Override
  public void beginPartitionedStep() {
    board.stepStarted(job.getJobName(), job.getExecutionId(), step.getStepName());
  }

  @Override
  public void afterPartitionedStepCompletion(PartitionStatus status) {
    board.stepEnded(job.getExecutionId(), step.getStepName());
  }
}
