package jp.mynacard.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import jp.mynacard.card.CrlFreshness.Basis;
import org.junit.jupiter.api.Test;

class CrlFreshnessTest {
  private static final CrlFreshness DAY_LONG = new CrlFreshness(Duration.ofHours(24));
  private static final Instant THIS_UPDATE = Instant.parse("2026-12-06T01:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
  private static final Basis BUILT = new Basis(41L, DAY);

  @Test
  void anUnchangedCountOnTheSameDayBeforeHalfTheValidityServesTheCrlAgain() {
    assertTrue(DAY_LONG.reusable(BUILT, new Basis(41L, DAY), THIS_UPDATE, THIS_UPDATE));
    assertTrue(
        DAY_LONG.reusable(
            BUILT, new Basis(41L, DAY), THIS_UPDATE, Instant.parse("2026-12-06T12:59:59Z")));
  }

  @Test
  void aMovedCountReadsTheEntriesAgain() {
    assertFalse(DAY_LONG.reusable(BUILT, new Basis(42L, DAY), THIS_UPDATE, THIS_UPDATE));
  }

  @Test
  void halfTheValidityPassedReadsTheEntriesAgain() {
    assertEquals(Instant.parse("2026-12-06T13:00:00Z"), DAY_LONG.halfway(THIS_UPDATE));
    assertFalse(
        DAY_LONG.reusable(
            BUILT, new Basis(41L, DAY), THIS_UPDATE, Instant.parse("2026-12-06T13:00:00Z")));
    assertTrue(
        new CrlFreshness(Duration.ofHours(48))
            .reusable(
                BUILT, new Basis(41L, DAY), THIS_UPDATE, Instant.parse("2026-12-06T13:00:00Z")));
  }

  /** A certificate that expired yesterday leaves the CRL: a new day in Tokyo reads again. */
  @Test
  void aNewDayInTokyoReadsTheEntriesAgain() {
    assertFalse(
        DAY_LONG.reusable(BUILT, new Basis(41L, DAY.plusDays(1)), THIS_UPDATE, THIS_UPDATE));
  }

  /** Without the count's row nothing tells of a change: every request reads the entries. */
  @Test
  void anUnknownCountNeverServesTheCrlAgain() {
    Basis unknown = new Basis(null, DAY);

    assertFalse(DAY_LONG.reusable(unknown, unknown, THIS_UPDATE, THIS_UPDATE));
    assertFalse(DAY_LONG.reusable(BUILT, unknown, THIS_UPDATE, THIS_UPDATE));
  }
}
