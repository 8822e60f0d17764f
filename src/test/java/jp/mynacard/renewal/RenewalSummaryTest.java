package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.mynacard.export.EmailInsteadOfPaper;
import jp.mynacard.export.ReturnedLetterHolds;
import org.junit.jupiter.api.Test;

/**
 * The summary line names e-mail instead of paper, and letters held back after a returned letter,
 * only where they applied, as the manifest does.
 */
class RenewalSummaryTest {
  private static RenewalSummary summary(EmailInsteadOfPaper paper) {
    return summary(paper, ReturnedLetterHolds.NONE);
  }

  private static RenewalSummary summary(EmailInsteadOfPaper paper, ReturnedLetterHolds holds) {
    return new RenewalSummary(
        5, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "notices.csv", 0, paper, holds, 0, null);
  }

  private static RenewalSummary paced(PacedNight paced) {
    return new RenewalSummary(
        5,
        5,
        5,
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
        0,
        "notices.csv",
        0,
        EmailInsteadOfPaper.NONE,
        ReturnedLetterHolds.NONE,
        0,
        paced);
  }

  @Test
  void aPacedRunSaysWhatItHeldBackAndWhetherItWentOverCapacity() {
    String line = paced(new PacedNight(300, 320, 320, 12, 13, true)).line();

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
            ReturnedLetterHolds.NONE,
            7,
            null);

    assertTrue(s.line().contains(" expiredNeverNotified=4 remindersTooLate=7 "), s.line());
  }

  @Test
  void withoutTheSettingTheLineIsAsBefore() {
    String line = summary(EmailInsteadOfPaper.NONE).line();

    assertTrue(line.contains("excludedFromExport=0 export=notices.csv"), line);
    assertFalse(line.contains("emailedInsteadOfPrinted"), line);
    assertFalse(line.contains("withheldAfterReturn"), line);
  }

  @Test
  void aRunThatHeldLettersBackAfterAReturnedLetterCountsThemAndThoseItPrintedLate() {
    String line = summary(new EmailInsteadOfPaper(1L, 0), new ReturnedLetterHolds(2, 1)).line();

    assertTrue(
        line.contains(
            " emailedInsteadOfPrinted=1 printedAfterEmailFailed=0"
                + " withheldAfterReturn=2 printedAfterAddressChange=1 export="),
        line);
  }
}
