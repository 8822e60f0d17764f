package jp.mynacard.mail;

import java.time.Duration;

/**
 * How long to wait before the next try after a temporary failure: the configured delay, doubled
 * after each further failure (30 s, 1 min, 2 min …), and how many tries in all.
 */
public record RetryDelay(Duration first, int maxAttempts) {
  public RetryDelay {
    if (first.isNegative() || maxAttempts < 1) {
      throw new IllegalArgumentException("retry delay must be ≥ 0 and attempts ≥ 1");
    }
  }

  /** Whether a message that failed its {@code attempts}-th try gets another. */
  public boolean retries(int attempts) {
    return attempts < maxAttempts;
  }

  /** The wait after the {@code attempts}-th failed try (1 for the first). */
  public Duration after(int attempts) {
    return first.multipliedBy(1L << Math.min(attempts - 1, 20));
  }
}
