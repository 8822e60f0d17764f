package jp.mynacard.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The progress of the job executions this server runs or ran lately, by execution: each step's
 * tally as its partitions report it. Prints the progress line on the thread that reports (a job's
 * own thread, so that Liberty writes it to that job's log) at least every {@link
 * StepTally#LINE_EVERY} and when a step ends; keeps {@link ProgressMetrics}; answers the job
 * report's {@code progress}. Kept in memory for the latest {@value #KEPT} executions: after a
 * restart of the server the report falls back on what the job repository recorded.
 */
@ApplicationScoped
public class ProgressBoard {
  static final int KEPT = 64;

  private static final Logger LOG = Logger.getLogger(ProgressBoard.class.getName());

  @Inject ProgressMetrics metrics;

  private final Map<Long, Run> runs =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Run> eldest) {
          return size() > KEPT;
        }
      };

  /** One execution: its job and its steps in the order they started. */
  record Run(String job, Map<String, StepTally> steps) {}

  /** A step of an execution starts (again, on a restart: its counts start afresh). */
  public void stepStarted(String job, long execution, String step) {
    String unit = JobSteps.unit(job, step);
    StepTally tally = new StepTally(step, unit, System.nanoTime());
    if (unit.equals(JobSteps.STEP)) {
      tally.total(1L); // a step with no count of its own is 0 of 1 until it ends
    }
    synchronized (runs) {
      runs.computeIfAbsent(execution, e -> new Run(job, new LinkedHashMap<>()))
          .steps
          .put(step, tally);
    }
    metrics.shareOf(job, this, this::latestShare);
  }

  /** How many units the step will do in all (null: it cannot know). */
  public void total(long execution, String step, Long total) {
    tally(execution, step).ifPresent(t -> t.total(total));
  }

  /** A partition's counts so far (partition 0 for a step without partitions). */
  public void report(long execution, String step, PartitionCounts counts) {
    Optional<Run> run = run(execution);
    Optional<StepTally> tally = tally(execution, step);
    if (run.isEmpty() || tally.isEmpty()) {
      return;
    }
    metrics.add(run.get().job, step, tally.get().report(counts));
    long now = System.nanoTime();
    if (tally.get().lineDue(now)) {
      LOG.info(tally.get().progress(now).line());
    }
  }

  /** The step ended: its last line. */
  public void stepEnded(long execution, String step) {
    tally(execution, step)
        .ifPresent(
            t -> {
              long now = System.nanoTime();
              if (t.countsSteps()) {
                t.report(PartitionCounts.done(1));
              }
              t.ended(now);
              LOG.info(t.progress(now).line());
            });
  }

  /** Step → (progress, whether it ended) of an execution this server knows. */
  public Optional<Map<String, Seen>> steps(long execution) {
    return run(execution)
        .map(
            r -> {
              long now = System.nanoTime();
              Map<String, Seen> seen = new LinkedHashMap<>();
              synchronized (runs) {
                r.steps.forEach((s, t) -> seen.put(s, new Seen(t.progress(now), t.isEnded())));
              }
              return seen;
            });
  }

  /** A step's progress as seen now, and whether it ended. */
  public record Seen(StepProgress progress, boolean ended) {
    /** The step's share: whole once ended, else its own when it knows its total. */
    public Double share() {
      return ended ? Double.valueOf(1.0) : progress.fraction();
    }
  }

  /** The share done of the job's latest execution in this server, 0 before any. */
  double latestShare(String job) {
    long latest = -1;
    synchronized (runs) {
      for (Map.Entry<Long, Run> e : runs.entrySet()) {
        if (e.getValue().job.equals(job)) {
          latest = Math.max(latest, e.getKey());
        }
      }
    }
    if (latest < 0) {
      return 0;
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    steps(latest).orElse(Map.of()).forEach((s, seen) -> shares.put(s, seen.share()));
    return RunShare.of(JobSteps.of(job).keySet(), shares);
  }

  private Optional<Run> run(long execution) {
    synchronized (runs) {
      return Optional.ofNullable(runs.get(execution));
    }
  }

  private Optional<StepTally> tally(long execution, String step) {
    synchronized (runs) {
      Run run = runs.get(execution);
      return Optional.ofNullable(run == null ? null : run.steps.get(step));
    }
  }
}
