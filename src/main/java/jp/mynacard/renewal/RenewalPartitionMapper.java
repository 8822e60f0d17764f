package jp.mynacard.renewal;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import jp.mynacard.batch.PartitionThreads;
import jp.mynacard.progress.ProgressBoard;

/**
 * Splits a run's residents into ranges of resident ids with about the same number of due items, one
 * partition each: the scale-out path of DESIGN.md §4 (Liberty's multi-JVM partitions can run them
 * on several servers sharing the database). Deterministic for a run, as a restart needs.
 */
@Dependent
@Named("renewalPartitionMapper")
public class RenewalPartitionMapper implements PartitionMapper {
  @Inject JobContext job;
  @Inject RenewalRuns runs;
  @Inject CandidatePages pages;
  @Inject PartitionThreads threads;
  @Inject StepContext step;
  @Inject ProgressBoard progress;

  @Override
  public PartitionPlan mapPartitions() throws Exception {
    RenewalRun run = runs.run(job.getInstanceId());
    int wanted = run.parameters().partitions();
    // a partition per 2,000 items at most: small runs need no parallel writers
    int parts = (int) Math.max(1, Math.min(wanted, run.getCandidates() / 2_000));
    List<String> bounds = pages.bounds(run.getRunId(), run.getCandidates(), parts);
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(bounds.size() + 1);
    plan.setThreads(threads.forPartitions(bounds.size() + 1));
    Properties[] properties = new Properties[bounds.size() + 1];
    for (int i = 0; i <= bounds.size(); i++) {
      properties[i] = new Properties();
      properties[i].setProperty("partition", Integer.toString(i));
      properties[i].setProperty("afterResident", i == 0 ? "" : bounds.get(i - 1));
      properties[i].setProperty("lastResident", i == bounds.size() ? "" : bounds.get(i));
      properties[i].setProperty("chunkSize", Integer.toString(run.parameters().chunkSize()));
    }
    plan.setPartitionProperties(properties);
    progress.total(job.getExecutionId(), step.getStepName(), pages.residents(run.getRunId()));
    return plan;
  }
}
