package jp.mynacard.returned;

import static jp.mynacard.returned.ReturnJudgement.Outcome.ALREADY_RECORDED;
import static jp.mynacard.returned.ReturnJudgement.Outcome.RECORDED;
import static jp.mynacard.returned.ReturnJudgement.Outcome.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A well-formed row against its letter: once per letter, not before it was printed, printed. */
class ReturnJudgementTest {
  private static final LocalDate PRINTED = LocalDate.of(2026, 4, 1);
  private static final ReturnedRow ROW =
      new ReturnedRow(5, "L20260401-3-R1", LocalDate.of(2026, 4, 9), ReturnReason.MOVED);

  private static LetterFacts letter(
      String notPrinted, LetterFacts.Recorded recorded, LetterFacts.InThisList inThisList) {
    return new LetterFacts(
        "R1", "305-0032", "みらい市1-2-3", notPrinted, PRINTED, recorded, inThisList);
  }

  private static final LetterFacts PRINTED_LETTER = letter(null, null, null);

  @Test
  void aPrintedLetterReturnedAfterItsRunIsRecorded() {
    ReturnJudgement.Judged j = ReturnJudgement.judge(ROW, PRINTED_LETTER);

    assertEquals(RECORDED, j.outcome());
    assertFalse(j.replayed());
  }

  @Test
  void aLetterReturnedOnTheDayOfItsRunIsRecorded() {
    ReturnedRow sameDay = new ReturnedRow(5, ROW.letterId(), PRINTED, ReturnReason.OTHER);

    assertEquals(RECORDED, ReturnJudgement.judge(sameDay, PRINTED_LETTER).outcome());
  }

  @Test
  void anUnknownLetterIsRejected() {
    ReturnJudgement.Judged j = ReturnJudgement.judge(ROW, null);

    assertEquals(REJECTED, j.outcome());
    assertEquals("letter_id", j.rejection().column());
    assertEquals(ROW.letterId(), j.rejection().letterId());
    assertEquals(5, j.rejection().line());
  }

  @Test
  void aReturnBeforeTheLetterWasPrintedIsRejected() {
    ReturnedRow early =
        new ReturnedRow(5, ROW.letterId(), PRINTED.minusDays(1), ReturnReason.MOVED);

    ReturnJudgement.Judged j = ReturnJudgement.judge(early, PRINTED_LETTER);

    assertEquals(REJECTED, j.outcome());
    assertEquals("returned_on", j.rejection().column());
    assertTrue(j.rejection().reason().contains("run as of 2026-04-01"), j.rejection().reason());
  }

  @Test
  void aLetterNeverPrintedCannotComeBack() {
    ReturnJudgement.Judged j =
        ReturnJudgement.judge(ROW, letter("it was e-mailed instead", null, null));

    assertEquals(REJECTED, j.outcome());
    assertEquals("the letter was never printed: it was e-mailed instead", j.rejection().reason());
  }

  @Test
  void theSameReturnReportedAgainIsAcceptedAsAlreadyRecorded() {
    LetterFacts recorded =
        letter(null, new LetterFacts.Recorded(ROW.returnedOn(), ROW.reason()), null);

    assertEquals(ALREADY_RECORDED, ReturnJudgement.judge(ROW, recorded).outcome());
  }

  @Test
  void anotherDateForAReturnAlreadyRecordedIsRejectedAndTheFirstKept() {
    LetterFacts recorded =
        letter(null, new LetterFacts.Recorded(LocalDate.of(2026, 4, 8), ReturnReason.MOVED), null);

    ReturnJudgement.Judged j = ReturnJudgement.judge(ROW, recorded);

    assertEquals(REJECTED, j.outcome());
    assertEquals("returned_on", j.rejection().column());
    assertEquals(
        "the letter is already recorded as returned on 2026-04-08 (MOVED); the first report is kept",
        j.rejection().reason());
  }

  @Test
  void anotherReasonForAReturnAlreadyRecordedIsRejectedInTheReasonColumn() {
    LetterFacts recorded =
        letter(null, new LetterFacts.Recorded(ROW.returnedOn(), ReturnReason.REFUSED), null);

    assertEquals("reason", ReturnJudgement.judge(ROW, recorded).rejection().column());
  }

  @Test
  void aLetterNamedAgainFurtherDownTheListIsRejectedNamingTheFirstLine() {
    LetterFacts named = letter(null, null, new LetterFacts.InThisList(2, false));

    ReturnJudgement.Judged j = ReturnJudgement.judge(ROW, named);

    assertEquals(REJECTED, j.outcome());
    assertEquals("repeats line 2 of this list", j.rejection().reason());
  }

  @Test
  void aRowTheInterruptedJobAcceptedIsAcceptedAgainAsItWasWithoutWritingAgain() {
    LetterFacts recordedBefore =
        letter(
            null,
            new LetterFacts.Recorded(ROW.returnedOn(), ROW.reason()),
            new LetterFacts.InThisList(5, false));
    LetterFacts knownBefore =
        letter(
            null,
            new LetterFacts.Recorded(ROW.returnedOn(), ROW.reason()),
            new LetterFacts.InThisList(5, true));

    ReturnJudgement.Judged recorded = ReturnJudgement.judge(ROW, recordedBefore);
    ReturnJudgement.Judged known = ReturnJudgement.judge(ROW, knownBefore);

    assertEquals(RECORDED, recorded.outcome());
    assertTrue(recorded.replayed());
    assertEquals(ALREADY_RECORDED, known.outcome());
    assertTrue(known.replayed());
  }
}
