package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a run's letters are e-mailed instead of printed. */
class MailReplacesLetterTest {
  @Test
  void lettersAreEmailedInsteadOfPrintedWhenSetWithAMailServerInARealRun() {
    assertTrue(MailReplacesLetter.applies(true, true, false));
  }

  @Test
  void withoutAMailServerEveryLetterIsPrinted() {
    assertFalse(MailReplacesLetter.applies(true, false, false));
  }

  @Test
  void aDryRunLeavesNoLetterOut() {
    assertFalse(MailReplacesLetter.applies(true, true, true));
  }

  @Test
  void withTheSettingOffEveryLetterIsPrinted() {
    assertFalse(MailReplacesLetter.applies(false, true, false));
  }
}
