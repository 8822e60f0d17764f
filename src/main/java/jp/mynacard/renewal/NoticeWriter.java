package jp.mynacard.renewal;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.mynacard.progress.PartitionTally;
import jp.mynacard.validity.ValidityRules;

/**
 * Turns a chunk of residents into letters and notices ({@link NoticePlanner}) and stores them with
 * the partition's counts in the chunk's transaction. A dry run counts and stores nothing.
 */
@Dependent
@Named("noticeWriter")
public class NoticeWriter extends AbstractItemWriter {
  @Inject @BatchProperty Integer partition;

  @Inject JobContext job;
  @Inject StepContext step;
  @Inject RenewalRuns runs;
  @Inject NoticeStore store;
  @Inject ValidityRules rules;

  private NoticePlanner planner;
  private RenewalRun run;

  @Override
  public void writeItems(List<Object> items) throws Exception {
    if (run == null) {
      run = runs.run(job.getInstanceId());
      planner = new NoticePlanner(rules);
    }
    List<NoticePlan> plans = new ArrayList<>(items.size());
    for (Object item : items) {
      ResidentCandidates resident = (ResidentCandidates) item;
      String letterId =
          LetterIds.of(run.getAsOf(), run.getRunId(), resident.resident().residentId());
      plans.add(planner.plan(resident, letterId));
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    if (!run.isDryRun()) {
      store.store(run, plans, now);
      PartitionTally.of(step).letters(plans.stream().filter(p -> p.letter() != null).count());
    }
    store.count(run.getRunId(), partition == null ? 0 : partition, plans, now);
  }
}
