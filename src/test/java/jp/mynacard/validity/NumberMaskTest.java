package jp.mynacard.validity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11: no run of twelve digits, in any form, survives into a report, a log or an error. */
class NumberMaskTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456789018",
        "１２３４５６７８９０１８",
        "1234 5678 9018",
        "1234-5678-9018",
        "1234　5678　9018",
        "１２３４－５６７８－９０１８",
        "1234.5678.9018",
        "12345678901899999"
      })
  void everyFormOfATwelveDigitRunIsMasked(String number) {
    assertEquals("x " + NumberMask.MASK + " y", NumberMask.mask("x " + number + " y"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-04-01",
        "0120-95-0178",
        "line 12345678901 (eleven digits)",
        "rules give 2029-06-15 (5th birthday after issue); told on 2029-06-15",
        "C0000000001"
      })
  void textWithoutTwelveDigitsInARowIsLeftAlone(String text) {
    assertEquals(text, NumberMask.mask(text));
  }

  @Test
  void aRunInsideAWholeRowIsMaskedAndTheRestKept() {
    assertEquals(
        "R0001," + NumberMask.MASK + ",山田,花子", NumberMask.mask("R0001,621498320257,山田,花子"));
  }

  @Test
  void nullStaysNull() {
    assertNull(NumberMask.mask(null));
  }
}
