package jp.mynacard.renewal;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.mynacard.registry.AuditEntry;
import org.junit.jupiter.api.Test;

class AsOfBoundTest {
  private static final LocalDate TODAY = of(2026, 12, 6);

  @Test
  void sevenDaysEitherSideAreNearEightAreDistant() {
    assertFalse(AsOfBound.distant(of(2026, 12, 13), TODAY));
    assertFalse(AsOfBound.distant(of(2026, 11, 29), TODAY));
    assertTrue(AsOfBound.distant(of(2026, 12, 14), TODAY));
    assertTrue(AsOfBound.distant(of(2026, 11, 28), TODAY));
  }

  @Test
  void anAllowedDistantAsOfIsAuditedAsTheRunsOwnActWithBothDates() {
    AuditEntry e = AsOfBound.allowed(41, 57, of(2034, 1, 1), TODAY);

    assertEquals("renewal-notices#41", e.principal());
    assertEquals("DISTANT_AS_OF_ALLOWED", e.action());
    assertEquals("RUN", e.targetType());
    assertEquals("41", e.targetId());
    assertNull(e.residentId());
    assertEquals("allowDistantAsOf=true", e.reason());
    assertEquals(
        "asOf 2034-01-01 is 2583 days after today (2026-12-06 in Asia/Tokyo); execution 57",
        e.detail());
  }
}
