package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.mynacard.renewal.PaperFallback.Waiting;
import org.junit.jupiter.api.Test;

/** The rule that chooses the waiting letters a run prints: one envelope per resident and run. */
class PaperFallbackTest {
  @Test
  void everyWaitingLetterIsPrintedWhenItsResidentHasNoOtherEnvelope() {
    assertEquals(
        List.of("L1-A", "L1-B"),
        PaperFallback.printedNow(
            List.of(new Waiting("L1-B", "B", 1, false), new Waiting("L1-A", "A", 1, false))));
  }

  @Test
  void aResidentWhoseOwnLetterThisRunPrintsWaitsForTheNextRun() {
    assertEquals(
        List.of("L1-B"),
        PaperFallback.printedNow(
            List.of(new Waiting("L1-A", "A", 1, true), new Waiting("L1-B", "B", 1, false))));
  }

  @Test
  void ofSeveralWaitingLettersOfOneResidentTheOldestRunsGoesFirst() {
    assertEquals(
        List.of("L7-A"),
        PaperFallback.printedNow(
            List.of(
                new Waiting("L9-A", "A", 9, false),
                new Waiting("L7-A", "A", 7, false),
                new Waiting("L8-A", "A", 8, false))));
  }

  @Test
  void nothingWaitingPrintsNothing() {
    assertEquals(List.of(), PaperFallback.printedNow(List.of()));
  }
}
