package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guard against a job repository as Liberty answers it, including "never heard of it". */
class RunStartGuardTest {
  /** Runs recorded in renewal_run without an end, and what the guard closed. */
  private static final class Runs extends RenewalRuns {
    final List<RunGate.Unfinished> unfinished = new ArrayList<>();
    final List<Long> closed = new ArrayList<>();

    @Override
    public List<RunGate.Unfinished> unfinished(long exceptRunId) {
      return unfinished.stream().filter(u -> u.runId() != exceptRunId).toList();
    }

    @Override
    public void closeGivenUp(long runId) {
      closed.add(runId);
    }
  }

  /** A job repository holding renewal-notices instances with one execution each. */
  private static JobOperator repository(Map<Long, BatchStatus> instances) {
    return (JobOperator)
        Proxy.newProxyInstance(
            JobOperator.class.getClassLoader(),
            new Class<?>[] {JobOperator.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRunningExecutions" -> {
                    if (instances.isEmpty()) {
                      throw new NoSuchJobException("renewal-notices");
                    }
                    yield instances.entrySet().stream()
                        .filter(e -> e.getValue() == BatchStatus.STARTED)
                        .map(Map.Entry::getKey)
                        .toList();
                  }
                  case "getJobInstances" -> {
                    if (instances.isEmpty()) {
                      throw new NoSuchJobException("renewal-notices");
                    }
                    int start = (Integer) args[1];
                    yield instances.keySet().stream()
                        .skip(start)
                        .map(RunStartGuardTest::instance)
                        .toList();
                  }
                  case "getJobInstance" -> instance((Long) args[0]);
                  case "getJobExecution" -> execution((Long) args[0], instances.get(args[0]));
                  case "getJobExecutions" -> {
                    long id = ((JobInstance) args[0]).getInstanceId();
                    yield List.of(execution(id, instances.get(id)));
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static JobInstance instance(long id) {
    return (JobInstance)
        Proxy.newProxyInstance(
            JobInstance.class.getClassLoader(),
            new Class<?>[] {JobInstance.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getInstanceId" -> id;
                  case "getJobName" -> RenewalNoticesJob.NAME;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static JobExecution execution(long id, BatchStatus status) {
    return (JobExecution)
        Proxy.newProxyInstance(
            JobExecution.class.getClassLoader(),
            new Class<?>[] {JobExecution.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getExecutionId" -> id;
                  case "getBatchStatus" -> status;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static RunStartGuard guard(Runs runs) {
    RunStartGuard guard = new RunStartGuard();
    guard.runs = runs;
    return guard;
  }

  @Test
  void theFirstRunEverStartsAlthoughTheRepositoryHasNeverHeardOfTheJob() {
    JobOperator fresh = repository(Map.of());

    assertTrue(guard(new Runs()).check(fresh).isEmpty());
    assertTrue(guard(new Runs()).admit(fresh, 1).isEmpty());
  }

  @Test
  void aFailedRunHoldsBackTheApiAndTheJobAlike() {
    Runs runs = new Runs();
    runs.unfinished.add(new RunGate.Unfinished(41, LocalDate.of(2026, 4, 1)));
    Map<Long, BatchStatus> instances = new LinkedHashMap<>();
    instances.put(42L, BatchStatus.STARTING);
    instances.put(41L, BatchStatus.FAILED);

    assertEquals(41, guard(runs).check(repository(instances)).orElseThrow().runId());
    assertEquals(41, guard(runs).admit(repository(instances), 42).orElseThrow().runId());
  }

  @Test
  void anotherRunStillStartingHoldsTheGateBeforeItIsRecorded() {
    Map<Long, BatchStatus> instances = new LinkedHashMap<>();
    instances.put(43L, BatchStatus.STARTED);

    RunGate.Refusal r = guard(new Runs()).admit(repository(instances), 44).orElseThrow();

    assertEquals(43, r.runId());
    assertEquals("renewal-notices run 43 is in progress; wait for it to end", r.message());
    assertTrue(guard(new Runs()).admit(repository(instances), 43).isEmpty(), "not by itself");
  }

  @Test
  void aPurgedRunIsClosedWhenTheNextRunIsAdmittedButNotWhenTheApiAsks() {
    Runs runs = new Runs();
    runs.unfinished.add(new RunGate.Unfinished(41, LocalDate.of(2026, 4, 1)));
    Map<Long, BatchStatus> instances = new LinkedHashMap<>();
    instances.put(45L, BatchStatus.STARTING);

    assertTrue(guard(runs).check(repository(instances)).isEmpty());
    assertEquals(List.of(), runs.closed);
    assertTrue(guard(runs).admit(repository(instances), 45).isEmpty());
    assertEquals(List.of(41L), runs.closed);
  }
}
