package jp.mynacard.mail;

/**
 * The rate cap over all of a run's SMTP connections ({@code mynacard.mail.rate}, messages per
 * second), for providers that throttle: each send reserves the next free slot, spaced one interval
 * apart. Time spent idle is not saved up as a burst, since a provider counts messages per moment,
 * not on average. Without a cap every reservation is free.
 */
public final class SendPace {
  private final long intervalNanos;
  private long nextSlot = Long.MIN_VALUE;

  private SendPace(long intervalNanos) {
    this.intervalNanos = intervalNanos;
  }

  public static SendPace unlimited() {
    return new SendPace(0);
  }

  /**
   * @param perSecond messages per second over all connections, more than 0
   */
  public static SendPace perSecond(double perSecond) {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException(
          "mynacard.mail.rate must be a number of messages per second above 0: " + perSecond);
    }
    return new SendPace(Math.max(1, Math.round(1_000_000_000d / perSecond)));
  }

  /**
   * Reserves the next slot for a message ready at {@code nowNanos} ({@link System#nanoTime()}
   * scale) and says how long to wait for it, in nanoseconds (0: send now).
   */
  public synchronized long reserve(long nowNanos) {
    if (intervalNanos == 0) {
      return 0;
    }
    long slot = nextSlot == Long.MIN_VALUE || nextSlot - nowNanos < 0 ? nowNanos : nextSlot;
    nextSlot = slot + intervalNanos;
    return slot - nowNanos;
  }

  /** Waits for the next slot (see {@link #reserve}). */
  void await() throws InterruptedException {
    long wait = reserve(System.nanoTime());
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
