package jp.mynacard.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MassChangeLimitTest {
  private final MassChangeLimit onePercent = MassChangeLimit.DEFAULT;

  @Test
  void thirtyOfAHundredResidentsIsRefused() {
    assertTrue(onePercent.refuses(100, 30));
  }

  @Test
  void twentyChangesAreNeverRefusedHoweverFewResidentsAreTouched() {
    assertFalse(onePercent.refuses(20, 20));
    assertFalse(onePercent.refuses(100, 20));
    assertTrue(onePercent.refuses(100, 21));
    assertEquals(20, onePercent.allowed(0));
  }

  @Test
  void aboveTheFloorOnePercentOfTheTouchedResidentsMayChange() {
    assertEquals(1_000, onePercent.allowed(100_000));
    assertFalse(onePercent.refuses(100_000, 1_000));
    assertTrue(onePercent.refuses(100_000, 1_001));
    assertEquals(2_099, onePercent.allowed(209_999), "a fraction of a resident is not allowed");
  }

  @Test
  void aPercentageIsWrittenWithOrWithoutItsSign() {
    assertEquals(new BigDecimal("1"), MassChangeLimit.parse("1%").percent());
    assertEquals(new BigDecimal("1"), MassChangeLimit.parse("1").percent());
    assertEquals(new BigDecimal("2.5"), MassChangeLimit.parse(" 2.5 % ").percent());
    assertEquals(new BigDecimal("100"), MassChangeLimit.parse("100%").percent());
  }

  @Test
  void halfAPercentOfAMillionResidentsIsFiveThousand() {
    assertEquals(5_000, MassChangeLimit.parse("0.5%").allowed(1_000_000));
  }

  @Test
  void zeroPercentStillAllowsTheFloor() {
    assertFalse(MassChangeLimit.parse("0").refuses(1_000_000, 20));
    assertTrue(MassChangeLimit.parse("0%").refuses(1_000_000, 21));
  }

  @Test
  void anythingButAPercentageFrom0To100IsRefused() {
    for (String bad :
        new String[] {
          "", " ", "%", "-1%", "101%", "1e2", "0x10", "1%%", "one", "1,5%", "0.00001", "NaN", null
        }) {
      assertThrows(IllegalArgumentException.class, () -> MassChangeLimit.parse(bad), bad);
    }
  }
}
