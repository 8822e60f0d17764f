package jp.mynacard.returned;

/**
 * Judges a well-formed row against its letter. A letter comes back once: the first report is kept,
 * the same report again (a list imported twice, or the vendor's and the post office's list) is
 * accepted as already recorded and changes nothing, and a different one is rejected. A letter named
 * twice in one list is rejected the second time, naming the first line. A row the same job already
 * accepted before it was interrupted is accepted again as it was.
 */
public final class ReturnJudgement {
  private ReturnJudgement() {}

  public enum Outcome {
    RECORDED,
    ALREADY_RECORDED,
    REJECTED
  }

  /**
   * @param replayed whether the row was accepted by an earlier execution of the same job (so
   *     nothing is to be written again)
   */
  public record Judged(Outcome outcome, ReturnRejection rejection, boolean replayed) {
    static Judged of(Outcome outcome) {
      return new Judged(outcome, null, false);
    }
  }

  /**
   * @param letter what the registry knows of the row's letter, null when there is no such letter
   */
  public static Judged judge(ReturnedRow row, LetterFacts letter) {
    String letterId = ReturnColumn.LETTER_ID.header();
    if (letter == null) {
      return rejected(
          row,
          letterId,
          "no letter with this id was written here (mistyped, or another office's?)");
    }
    if (letter.inThisList() != null) {
      LetterFacts.InThisList earlier = letter.inThisList();
      if (earlier.line() == row.line()) {
        return new Judged(
            earlier.alreadyRecorded() ? Outcome.ALREADY_RECORDED : Outcome.RECORDED, null, true);
      }
      return rejected(row, letterId, "repeats line " + earlier.line() + " of this list");
    }
    if (letter.recorded() != null) {
      LetterFacts.Recorded r = letter.recorded();
      if (r.returnedOn().equals(row.returnedOn()) && r.reason() == row.reason()) {
        return Judged.of(Outcome.ALREADY_RECORDED);
      }
      return rejected(
          row,
          r.returnedOn().equals(row.returnedOn())
              ? ReturnColumn.REASON.header()
              : ReturnColumn.RETURNED_ON.header(),
          "the letter is already recorded as returned on "
              + r.returnedOn()
              + " ("
              + r.reason()
              + "); the first report is kept");
    }
    if (letter.notPrinted() != null) {
      return rejected(row, letterId, "the letter was never printed: " + letter.notPrinted());
    }
    if (row.returnedOn().isBefore(letter.printedOn())) {
      return rejected(
          row,
          ReturnColumn.RETURNED_ON.header(),
          "is before the letter was printed (by the run as of " + letter.printedOn() + ")");
    }
    return Judged.of(Outcome.RECORDED);
  }

  private static Judged rejected(ReturnedRow row, String column, String reason) {
    return new Judged(
        Outcome.REJECTED, new ReturnRejection(row.line(), row.letterId(), column, reason), false);
  }
}
