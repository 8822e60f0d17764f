package jp.mynacard.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Kills the test server the moment a job's own progress has passed a chosen point, rather than
 * after a guessed time: the progress is read again and again (every few milliseconds, as fast as
 * the server answers) and the server is killed right after the first reading that passed. What the
 * reading saw is a lower bound of the progress at the kill; the caller proves the upper bound (the
 * step had not ended) afterwards, from the database and the step executions.
 */
public final class KillPoint {
  private static final long PAUSE_MILLIS = 5;

  private KillPoint() {}

  /**
   * @param point what the kill point is, for the failure message
   * @param progress reads the progress; it throws when the job ended (or failed) first, which makes
   *     the point unreachable
   * @return the reading that passed the point, taken just before the kill
   */
  public static <T> T killWhen(
      String point, Callable<T> progress, Predicate<T> passed, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    T seen = null;
    while (Instant.now().isBefore(deadline)) {
      seen = progress.call();
      if (passed.test(seen)) {
        LibertyServer.kill();
        return seen;
      }
      Thread.sleep(PAUSE_MILLIS); // a poll interval, not a wait for something to happen
    }
    throw new AssertionError(
        "kill point '" + point + "' not reached within " + timeout + "; last seen " + seen);
  }
}
