package jp.mynacard.mail;

import java.time.Duration;

/**
 * How long a connection waits before it connects again after consecutive failures: nothing after
 * the first (a dropped connection is usually just that), then {@code first}, doubled after each
 * further failure up to {@code max}, so a mail server that is down or asks us to slow down (421) is
 * not hammered by every connection at once.
 */
public record ReconnectDelay(Duration first, Duration max) {
  public ReconnectDelay {
    if (first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("reconnect delay must be ≥ 0 and its maximum ≥ it");
    }
  }

  /** The wait before connecting again after {@code failures} consecutive failures. */
  public Duration after(int failures) {
    if (failures <= 1) {
      return Duration.ZERO;
    }
    Duration d = first.multipliedBy(1L << Math.min(failures - 2, 20));
    return d.compareTo(max) > 0 ? max : d;
  }
}
