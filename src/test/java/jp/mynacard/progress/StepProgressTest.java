package jp.mynacard.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 15, progress: the figures and the job log's line of a step under way. */
class StepProgressTest {

  private static StepProgress progress(long done, Long total, Duration elapsed) {
    return new StepProgress("selectCandidates", "letters", done, total, elapsed);
  }

  @Test
  void theLineReadsPercentDoneOfTotalRateAndTimeLeft() {
    StepProgress p = progress(324_000, 720_212L, Duration.ofMillis(17_800));

    assertEquals("selectCandidates 45 % 324,000/720,212 letters, 18.2k/s, ETA 21 s", p.line());
    assertEquals(45, p.percent());
    assertEquals(21L, p.etaSeconds());
  }

  @Test
  void aStepThatCannotKnowItsTotalShowsCountAndRateOnly() {
    StepProgress p = new StepProgress("importRows", "rows", 52_000, null, Duration.ofMillis(2_000));

    assertEquals("importRows 52,000 rows, 26.0k/s", p.line());
    assertNull(p.percent());
    assertNull(p.fraction());
    assertNull(p.etaSeconds());
  }

  @Test
  void noTimeElapsedMeansNoRateAndNoEstimate() {
    StepProgress p = progress(0, 1_200L, Duration.ZERO);

    assertEquals("selectCandidates 0 % 0/1,200 letters, 0.0/s", p.line());
    assertEquals(0.0, p.rate());
    assertNull(p.etaSeconds());
  }

  @Test
  void nothingDoneYetHasNoEstimateEvenAsTimePasses() {
    assertNull(progress(0, 1_200L, Duration.ofSeconds(30)).etaSeconds());
  }

  @Test
  void aCountBeyondItsTotalStaysAtOneHundredPercentWithNothingLeft() {
    StepProgress p = progress(1_300, 1_200L, Duration.ofSeconds(2));

    assertEquals(100, p.percent());
    assertEquals(1.0, p.fraction());
    assertEquals(0L, p.etaSeconds());
    assertEquals("selectCandidates 100 % 1,300/1,200 letters, 650/s, ETA 0 s", p.line());
  }

  @Test
  void allDoneIsOneHundredPercent() {
    StepProgress p = progress(720_212, 720_212L, Duration.ofSeconds(40));

    assertEquals(100, p.percent());
    assertEquals("selectCandidates 100 % 720,212/720,212 letters, 18.0k/s, ETA 0 s", p.line());
  }

  @Test
  void almostDoneNeverRoundsUpToOneHundred() {
    assertEquals(99, progress(99_999, 100_000L, Duration.ofSeconds(1)).percent());
  }

  @Test
  void anEmptyStepIsDone() {
    StepProgress p = progress(0, 0L, Duration.ofMillis(5));

    assertEquals(100, p.percent());
    assertEquals(0L, p.etaSeconds());
  }

  @Test
  void ratesKeepThreeSignificantFiguresAtMost() {
    assertEquals("2.5", StepProgress.rate(2.5));
    assertEquals("850", StepProgress.rate(850.4));
    assertEquals("1.0k", StepProgress.rate(999.6));
    assertEquals("18.2k", StepProgress.rate(18_249));
    assertEquals("1.2M", StepProgress.rate(1_230_000));
  }

  @Test
  void longEstimatesReadInMinutesAndHours() {
    assertEquals("59 s", StepProgress.duration(59));
    assertEquals("4 min 05 s", StepProgress.duration(245));
    assertEquals("2 h 03 min", StepProgress.duration(7_380));
  }

  @Test
  void negativeCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> progress(-1, 10L, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> progress(1, -10L, Duration.ZERO));
  }
}
