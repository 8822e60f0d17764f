package jp.mynacard.renewal;

import static jakarta.batch.runtime.BatchStatus.ABANDONED;
import static jakarta.batch.runtime.BatchStatus.COMPLETED;
import static jakarta.batch.runtime.BatchStatus.FAILED;
import static jakarta.batch.runtime.BatchStatus.STARTED;
import static jakarta.batch.runtime.BatchStatus.STOPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunGateTest {
  private static final LocalDate APRIL_1 = LocalDate.of(2026, 4, 1);

  private static RunGate.Decision decide(Map<Long, BatchStatus> states, long... runs) {
    List<RunGate.Unfinished> unfinished =
        java.util.Arrays.stream(runs).mapToObj(r -> new RunGate.Unfinished(r, APRIL_1)).toList();
    return RunGate.decide(unfinished, states::get);
  }

  @Test
  void withEveryRunFinishedANewRunStarts() {
    RunGate.Decision d = decide(Map.of());

    assertTrue(d.refusal().isEmpty());
    assertEquals(List.of(), d.givenUp());
  }

  @Test
  void aRunThatFailedHoldsEveryNewRunUntilItIsRestarted() {
    RunGate.Decision d = decide(Map.of(41L, FAILED), 41);

    RunGate.Refusal r = d.refusal().orElseThrow();
    assertEquals(41, r.runId());
    assertTrue(r.restartable());
    assertEquals(
        "renewal-notices run 41 (as of 2026-04-01) did not finish (FAILED): its letters are"
            + " recorded but not exported. Restart it (job instance 41), or purge it to give its"
            + " letters up, before another run starts",
        r.message());
  }

  @Test
  void aStoppedRunHoldsTheGateLikeAFailedOne() {
    assertTrue(decide(Map.of(7L, STOPPED), 7).refusal().orElseThrow().restartable());
  }

  @Test
  void aRunInProgressIsWaitedForNotRestarted() {
    RunGate.Refusal r = decide(Map.of(9L, STARTED), 9).refusal().orElseThrow();

    assertFalse(r.restartable());
    assertEquals(
        "renewal-notices run 9 (as of 2026-04-01) is in progress; wait for it to end", r.message());
  }

  @Test
  void anAbandonedOrPurgedRunIsGivenUpAndDoesNotHoldTheGate() {
    RunGate.Decision d = decide(Map.of(3L, ABANDONED), 3, 4);

    assertTrue(d.refusal().isEmpty());
    assertEquals(List.of(3L, 4L), d.givenUp());
  }

  @Test
  void aCompletedRunWhoseEndWasNotRecordedIsSimplyEnded() {
    RunGate.Decision d = decide(Map.of(5L, COMPLETED), 5);

    assertTrue(d.refusal().isEmpty());
    assertEquals(List.of(5L), d.completed());
    assertEquals(List.of(), d.givenUp());
  }

  @Test
  void theOldestRunThatHoldsTheGateIsNamed() {
    RunGate.Decision d = decide(Map.of(2L, FAILED, 3L, STOPPED, 1L, ABANDONED), 1, 2, 3);

    assertEquals(2, d.refusal().orElseThrow().runId());
    assertEquals(List.of(1L), d.givenUp());
  }
}
