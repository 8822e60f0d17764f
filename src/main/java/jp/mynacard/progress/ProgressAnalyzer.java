package jp.mynacard.progress;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * On a partitioned step's main thread, adds each partition's counts ({@link ProgressCollector}) to
 * the {@link ProgressBoard}, which prints the step's progress in the job's own log.
 */
@Dependent
@Named("progressAnalyzer")
public class ProgressAnalyzer extends AbstractPartitionAnalyzer {
  @Inject JobContext job;
  @Inject StepContext step;
  @Inject ProgressBoard board;

  @Override
  public void analyzeCollectorData(Serializable data) {
    if (data instanceof PartitionCounts counts) {
      board.report(job.getExecutionId(), step.getStepName(), counts);
    }
  }
}
