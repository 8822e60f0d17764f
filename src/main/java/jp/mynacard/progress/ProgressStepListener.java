package jp.mynacard.progress;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Puts a step on the {@link ProgressBoard} when it starts and prints its last progress line when it
 * ends. Only on the step's main thread: in the job XML its {@code partition} property is the
 * partition plan's, empty there and a number on a partition's thread, where the runtime may call
 * step listeners too.
 */
@Dependent
@Named("progressStepListener")
public class ProgressStepListener implements StepListener {
  @Inject @BatchProperty String partition;
  @Inject JobContext job;
  @Inject StepContext step;
  @Inject ProgressBoard board;

  @Override
  public void beforeStep() {
    if (mainThread()) {
      board.stepStarted(job.getJobName(), job.getExecutionId(), step.getStepName());
    }
  }

  @Override
  public void afterStep() {
    if (mainThread()) {
      board.stepEnded(job.getExecutionId(), step.getStepName());
    }
  }

  private boolean mainThread() {
    return partition == null || partition.isBlank();
  }
}
