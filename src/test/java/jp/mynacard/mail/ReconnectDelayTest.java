package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long a connection waits before connecting again after consecutive failures. */
class ReconnectDelayTest {
  private final ReconnectDelay delay =
      new ReconnectDelay(Duration.ofSeconds(1), Duration.ofMinutes(1));

  @Test
  void aFirstFailureReconnectsAtOnce() {
    assertEquals(Duration.ZERO, delay.after(0));
    assertEquals(Duration.ZERO, delay.after(1));
  }

  @Test
  void furtherFailuresWaitTwiceAsLongEachTimeUpToTheMaximum() {
    assertEquals(Duration.ofSeconds(1), delay.after(2));
    assertEquals(Duration.ofSeconds(2), delay.after(3));
    assertEquals(Duration.ofSeconds(32), delay.after(7));
    assertEquals(Duration.ofMinutes(1), delay.after(8));
    assertEquals(Duration.ofMinutes(1), delay.after(10_000));
  }

  @Test
  void aMaximumBelowTheFirstWaitIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReconnectDelay(Duration.ofSeconds(2), Duration.ofSeconds(1)));
  }
}
