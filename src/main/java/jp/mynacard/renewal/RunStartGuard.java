package jp.mynacard.renewal;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@link RunGate} with the job repository's view of each run: asked by the API before it
 * starts a run (read only), and by the run itself before it chooses its items (then runs given up
 * are closed, so their items are due again).
 */
@ApplicationScoped
public class RunStartGuard {
  private static final int PAGE = 200;

  @Inject RenewalRuns runs;

  /** Whether a new run may start now; changes nothing. */
  public Optional<RunGate.Refusal> check(JobOperator operator) {
    Optional<RunGate.Refusal> running = running(operator, -1);
    if (running.isPresent()) {
      return running;
    }
    return decide(operator, -1).refusal();
  }

  /** Whether run {@code runId}, starting, may go on; closes the runs given up. */
  public Optional<RunGate.Refusal> admit(JobOperator operator, long runId) {
    Optional<RunGate.Refusal> running = running(operator, runId);
    if (running.isPresent()) {
      return running;
    }
    RunGate.Decision decision = decide(operator, runId);
    if (decision.refusal().isEmpty()) {
      decision.givenUp().forEach(runs::closeGivenUp);
      decision.completed().forEach(runs::finished);
    }
    return decision.refusal();
  }

  private RunGate.Decision decide(JobOperator operator, long ownRunId) {
    List<RunGate.Unfinished> unfinished = runs.unfinished(ownRunId);
    if (unfinished.isEmpty()) {
      return new RunGate.Decision(Optional.empty(), List.of(), List.of());
    }
    Set<Long> wanted = new HashSet<>();
    unfinished.forEach(u -> wanted.add(u.runId()));
    Map<Long, BatchStatus> states = states(operator, wanted);
    return RunGate.decide(unfinished, states::get);
  }

  /** A run started but not yet prepared (so not yet recorded) also holds the gate. */
  private static Optional<RunGate.Refusal> running(JobOperator operator, long ownRunId) {
    List<Long> executions;
    try {
      executions = operator.getRunningExecutions(RenewalNoticesJob.NAME);
    } catch (NoSuchJobException neverRun) {
      return Optional.empty();
    }
    for (long execution : executions) {
      long instance = operator.getJobInstance(execution).getInstanceId();
      if (instance != ownRunId) {
        return Optional.of(
            new RunGate.Refusal(
                instance,
                operator.getJobExecution(execution).getBatchStatus(),
                "renewal-notices run " + instance + " is in progress; wait for it to end"));
      }
    }
    return Optional.empty();
  }

  /** The latest execution's state of each wanted job instance that the repository still holds. */
  private static Map<Long, BatchStatus> states(JobOperator operator, Set<Long> wanted) {
    Map<Long, BatchStatus> states = new HashMap<>();
    try {
      for (int start = 0; states.size() < wanted.size(); start += PAGE) {
        List<JobInstance> page = operator.getJobInstances(RenewalNoticesJob.NAME, start, PAGE);
        for (JobInstance instance : page) {
          if (wanted.contains(instance.getInstanceId())) {
            operator.getJobExecutions(instance).stream()
                .max(Comparator.comparingLong(JobExecution::getExecutionId))
                .ifPresent(e -> states.put(instance.getInstanceId(), e.getBatchStatus()));
          }
        }
        if (page.size() < PAGE) {
          break;
        }
      }
    } catch (NoSuchJobException neverRun) {
      // no instance left at all: every unfinished run was purged
    }
    return states;
  }
}
