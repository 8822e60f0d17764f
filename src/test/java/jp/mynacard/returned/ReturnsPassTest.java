package jp.mynacard.returned;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pass over a list with a recorder standing in for the database: every row read is accepted or
 * rejected, rejects come in line order whichever rule rejected them, and memory stays bounded.
 */
class ReturnsPassTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

  @TempDir Path dir;
  private final List<ReturnRejection> rejects = new ArrayList<>();
  private final List<Integer> windows = new ArrayList<>();

  /** Records rows whose letter id ends in an even digit; the others name no letter. */
  private List<ReturnJudgement.Judged> record(List<ReturnedRow> rows) {
    windows.add(rows.size());
    List<ReturnJudgement.Judged> judged = new ArrayList<>();
    for (ReturnedRow r : rows) {
      int last = r.letterId().charAt(r.letterId().length() - 1) - '0';
      judged.add(
          ReturnJudgement.judge(
              r,
              last % 2 == 1
                  ? null
                  : new LetterFacts("R", null, "-", null, LocalDate.of(2026, 4, 1), null, null)));
    }
    return judged;
  }

  private ReturnsTally pass(String body) throws Exception {
    Path p = dir.resolve("returns.csv");
    Files.writeString(p, "letter_id,returned_on,reason\n" + body, UTF_8);
    try (ReturnsFile file = ReturnsFile.open(p, UTF_8)) {
      return new ReturnsPass(this::record, rejects::add).run(file, TODAY, () -> false);
    }
  }

  @Test
  void readIsAcceptedPlusRejectedAndRejectsAreInLineOrder() throws Exception {
    ReturnsTally tally =
        pass(
            "L20260401-1-A1,2026-04-10,MOVED\n" // no such letter: rejected by the judgement
                + "L20260401-1-A2,2026/04/10,MOVED\n" // bad date: rejected by the rules
                + "L20260401-1-A4,2026-04-10,moved\n"
                + "\n"
                + "L20260401-1-A6,2026-04-10,OTHER,x\n"
                + "L20260401-1-A8,2026-04-11,REFUSED\n");

    assertEquals(5, tally.read());
    assertEquals(2, tally.accepted());
    assertEquals(2, tally.recorded());
    assertEquals(3, tally.rejected());
    assertEquals(List.of(2L, 3L, 6L), rejects.stream().map(ReturnRejection::line).toList());
  }

  @Test
  void aFileOfNothingButBadLinesIsWrittenOutAWindowAtATime() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 1_200; i++) {
      body.append("x\n");
    }
    body.append("L20260401-1-A2,2026-04-10,MOVED\n");

    ReturnsTally tally = pass(body.toString());

    assertEquals(1_201, tally.read());
    assertEquals(1_200, tally.rejected());
    assertEquals(List.of(1), windows, "the one good row, judged once at the end");
    assertEquals(1_200, rejects.size());
  }

  @Test
  void wellFormedRowsAreRecordedInWindowsOfFiveHundred() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 1_100; i++) {
      body.append("L20260401-1-A").append(i * 2).append(",2026-04-10,MOVED\n");
    }

    ReturnsTally tally = pass(body.toString());

    assertEquals(List.of(500, 500, 100), windows);
    assertEquals(1_100, tally.recorded());
  }

  @Test
  void aStopBetweenWindowsEndsThePassWithoutCounts() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      body.append("L20260401-1-A").append(i * 2).append(",2026-04-10,MOVED\n");
    }
    Path p = dir.resolve("returns.csv");
    Files.writeString(p, "letter_id,returned_on,reason\n" + body, UTF_8);
    try (ReturnsFile file = ReturnsFile.open(p, UTF_8)) {
      assertNull(new ReturnsPass(this::record, rejects::add).run(file, TODAY, () -> true));
    }
    assertTrue(windows.size() == 1);
  }
}
