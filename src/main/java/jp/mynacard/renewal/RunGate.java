package jp.mynacard.renewal;

import jakarta.batch.runtime.BatchStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Whether a new renewal-notices run may start, judged from the runs that have not finished and the
 * state of their job instances. A run in progress, or one that failed or was stopped, holds the
 * gate: the failed run's letters are recorded but not yet exported, and a new run would skip their
 * items as already notified, so they would never reach the vendor. It must be restarted, or given
 * up (abandoned, or purged from the job repository), first. A run given up is handed back for
 * closing: its unexported letters and notices are removed so their items are due again.
 */
public final class RunGate {
  /** A run without an end, as recorded in {@code renewal_run}. */
  public record Unfinished(long runId, LocalDate asOf) {}

  /** Why a run may not start, and the run that holds the gate. */
  public record Refusal(long runId, BatchStatus state, String message) {
    /** A failed or stopped run is restarted to clear the gate; a running one is waited for. */
    public boolean restartable() {
      return state == BatchStatus.FAILED || state == BatchStatus.STOPPED;
    }
  }

  /**
   * The verdict; the runs given up, which the caller may close; and runs whose job completed
   * although their end was not recorded (a crash between the two), which are simply ended.
   */
  public record Decision(Optional<Refusal> refusal, List<Long> givenUp, List<Long> completed) {}

  private RunGate() {}

  /**
   * @param state the latest execution's state of a run's job instance; null when the instance is no
   *     longer in the job repository (purged)
   */
  public static Decision decide(List<Unfinished> runs, LongFunction<BatchStatus> state) {
    List<Long> givenUp = new ArrayList<>();
    List<Long> completed = new ArrayList<>();
    Refusal refusal = null;
    for (Unfinished run : runs) {
      BatchStatus s = state.apply(run.runId());
      if (s == null || s == BatchStatus.ABANDONED) {
        givenUp.add(run.runId());
      } else if (s == BatchStatus.COMPLETED) {
        completed.add(run.runId());
      } else if (refusal == null) {
        refusal = new Refusal(run.runId(), s, message(run, s));
      }
    }
    return new Decision(Optional.ofNullable(refusal), givenUp, completed);
  }

  private static String message(Unfinished run, BatchStatus s) {
    String which = "renewal-notices run " + run.runId() + " (as of " + run.asOf() + ")";
    return switch (s) {
      case STARTING, STARTED, STOPPING -> which + " is in progress; wait for it to end";
      default ->
          which
              + " did not finish ("
              + s
              + "): its letters are recorded but not exported. Restart it (job instance "
              + run.runId()
              + "), or purge it to give its letters up, before another run starts";
    };
  }
}
