package jp.mynacard.returned;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Paper stops while the registry holds the address the last returned letter went to. */
class PaperStopTest {
  private static final String ADDRESS = "みらい市中央1丁目2番3号 みらいハイツ101";

  @Test
  void theSameAddressStopsPaper() {
    assertTrue(PaperStop.stopped("305-0032", ADDRESS, "305-0032", ADDRESS));
  }

  @Test
  void anAddressOnlyReformattedWithBlanksIsNoMove() {
    assertTrue(
        PaperStop.stopped("305-0032", ADDRESS, "305-0032", " みらい市中央1丁目2番3号\u3000みらいハイツ101 "));
  }

  @Test
  void aNewAddressLiftsTheStop() {
    assertFalse(PaperStop.stopped("305-0032", ADDRESS, "305-0032", "みらい市中央1丁目2番3号 みらいハイツ202"));
  }

  @Test
  void aCorrectedPostalCodeLiftsTheStop() {
    assertFalse(PaperStop.stopped("305-0032", ADDRESS, "305-0033", ADDRESS));
  }

  @Test
  void aMissingPostalCodeOnBothSidesIsTheSame() {
    assertTrue(PaperStop.stopped(null, ADDRESS, "", ADDRESS));
  }
}
