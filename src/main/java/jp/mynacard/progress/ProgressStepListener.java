package jp.mynacard.progress;

import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Puts a step without partitions on the {@link ProgressBoard} when it starts and prints its last
 * progress line when it ends. Partitioned steps use {@link ProgressReducer} instead: a step
 * listener there runs on the partitions' threads.
 */
@Dependent
@Named("progressStepListener")
public class ProgressStepListener implements StepListener {
  @Inject JobContext job;
  @Inject StepContext step;
  @Inject ProgressBoard board;

  @Override
  public void beforeStep() {
    board.stepStarted(job.getJobName(), job.getExecutionId(), step.getStepName());
  }

  @Override
  public void afterStep() {
    board.stepEnded(job.getExecutionId(), step.getStepName());
  }
}
