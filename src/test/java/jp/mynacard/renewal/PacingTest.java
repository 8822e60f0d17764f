package jp.mynacard.renewal;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14, paced sending: the capacity and the minimum lead as a run is given them. */
class PacingTest {
  @Test
  void withoutACapacityThereIsNoPacingAndTheMinimumLeadIsOneMonth() {
    Pacing p = Pacing.parse(null, "");

    assertFalse(p.on());
    assertEquals(Period.ofMonths(1), p.minLead());
    assertFalse(Pacing.parse("none", null).on());
    assertFalse(Pacing.parse(" NONE ", null).on());
  }

  @Test
  void latestSendingDateIsExpiryMinusTheMinimumLeadAtTheEndOfAShorterMonth() {
    Pacing month = Pacing.parse("300", "P1M");

    assertEquals(of(2027, 2, 28), month.latestSendingDate(of(2027, 3, 31)));
    assertEquals(of(2027, 5, 15), month.latestSendingDate(of(2027, 6, 15)));
    assertEquals(of(2027, 5, 25), Pacing.parse("1", "p3w").latestSendingDate(of(2027, 6, 15)));
  }

  @Test
  void anItemIsForcedOnAndAfterItsLatestSendingDate() {
    Pacing p = Pacing.parse("300", null);

    assertFalse(p.forced(of(2027, 6, 15), of(2027, 5, 14)));
    assertTrue(p.forced(of(2027, 6, 15), of(2027, 5, 15)));
    assertTrue(p.forced(of(2027, 6, 15), of(2027, 6, 1)));
  }

  @Test
  void carelessCapacitiesAreRefusedNamingTheParameter() {
    for (String bad : new String[] {"0", "-5", "ten", "3.5", "2000000"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Pacing.parse(bad, null), bad);
      assertTrue(e.getMessage().startsWith("dailyCapacity "), e.getMessage());
    }
  }

  @Test
  void carelessMinimumLeadsAreRefusedNamingTheParameter() {
    for (String bad : new String[] {"1 month", "30", "P-1M", "P121M", "PT24H"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Pacing.parse("10", bad), bad);
      assertTrue(e.getMessage().startsWith("minLead "), e.getMessage());
    }
  }

  @Test
  void theRunParametersCarryPacingAndAnUnpacedRunSaysNone() {
    Map<String, String> raw = new HashMap<>(Map.of("dailyCapacity", "250", "minLead", "P2W"));
    RenewalParameters paced = RenewalParameters.parse(raw, of(2027, 1, 1), "/srv/out");

    assertEquals(new Pacing(250, Period.ofWeeks(2)), paced.pacing());
    RenewalParameters plain = RenewalParameters.parse(Map.of(), of(2027, 1, 1), "/srv/out");
    assertNull(plain.pacing().dailyCapacity());
    assertEquals("none", plain.asMap().get("dailyCapacity"));
    assertEquals("P1M", plain.asMap().get("minLead"));
  }
}
