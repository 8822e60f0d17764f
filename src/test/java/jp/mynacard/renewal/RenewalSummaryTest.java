package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.mynacard.export.EmailInsteadOfPaper;
import org.junit.jupiter.api.Test;

/** The summary line names e-mail instead of paper only where it applied, as the manifest does. */
class RenewalSummaryTest {
  private static RenewalSummary summary(EmailInsteadOfPaper paper) {
    return summary(paper, null);
  }

  private static RenewalSummary summary(EmailInsteadOfPaper paper, PacedNight paced) {
    return new RenewalSummary(
        5, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "notices.csv", 0, paper, 0, paced);
  }

  @Test
  void aPacedRunSaysWhatItHeldBackAndWhetherItWentOverCapacity() {
    String line =
        summary(EmailInsteadOfPaper.NONE, new PacedNight(300, 320, 320, 12, 13, true)).line();

    assertTrue(
        line.endsWith(
            " pacing: capacity=300 visits=320 forcedVisits=320 heldBackLetters=12"
                + " heldBackItems=13 overCapacity=true"),
        line);
  }

  @Test
  void anUnpacedRunSaysNothingOfPacing() {
    assertFalse(summary(EmailInsteadOfPaper.NONE).line().contains("pacing"));
  }

  @Test
  void aRunTheSettingAppliedToCountsItsLettersEmailedInsteadAndPrintedLate() {
    String line = summary(new EmailInsteadOfPaper(3L, 1)).line();

    assertTrue(
        line.contains(
            "excludedFromExport=0 emailedInsteadOfPrinted=3 printedAfterEmailFailed=1 export="),
        line);
  }

  @Test
  void aRunThatOnlyPrintedLateLettersSaysSo() {
    String line = summary(new EmailInsteadOfPaper(null, 2)).line();

    assertTrue(line.contains(" emailedInsteadOfPrinted=0 printedAfterEmailFailed=2 "), line);
  }

  @Test
  void remindersTooLateAreCountedBesideTheItemsThatExpiredUntold() {
    RenewalSummary s =
        new RenewalSummary(
            1,
            1,
            1,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            4,
            "n.csv",
            0,
            EmailInsteadOfPaper.NONE,
            7,
            null);

    assertTrue(s.line().contains(" expiredNeverNotified=4 remindersTooLate=7 "), s.line());
  }

  @Test
  void withoutTheSettingTheLineIsAsBefore() {
    String line = summary(EmailInsteadOfPaper.NONE).line();

    assertTrue(line.contains("excludedFromExport=0 export=notices.csv"), line);
    assertFalse(line.contains("emailedInsteadOfPrinted"), line);
  }
}
