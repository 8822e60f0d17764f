package jp.mynacard.renewal;

/**
 * What pacing decided for a run (issue 14): the counters' daily capacity, the counter visits the
 * night's letters bring, those of letters at their latest sending date (sent whatever the
 * capacity), the letters and the items held back for later nights, and whether the forced letters
 * alone went over the capacity (the run then ends with warnings, exit status 4).
 */
public record PacedNight(
    int capacity,
    long visits,
    long forcedVisits,
    long heldBackLetters,
    long heldBackItems,
    boolean overCapacity) {

  /** The summary's words for it, e.g. {@code pacing: capacity=300 visits=296 ...}. */
  public String line() {
    return String.format(
        "pacing: capacity=%d visits=%d forcedVisits=%d heldBackLetters=%d heldBackItems=%d"
            + " overCapacity=%b",
        capacity, visits, forcedVisits, heldBackLetters, heldBackItems, overCapacity);
  }
}
