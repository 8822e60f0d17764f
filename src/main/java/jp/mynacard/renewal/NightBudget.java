package jp.mynacard.renewal;

import java.time.LocalDate;

/**
 * One night's letters against the counters' capacity (issue 14, paced sending). The night's letters
 * arrive together a day or two later, so they are budgeted one day of counter visits: the runs of
 * consecutive nights fill consecutive days. A missed night's budget is not spent by the next run,
 * since its letters would all arrive on one day.
 *
 * <p>Letters are offered nearest latest sending date first. A letter at or past its latest sending
 * date is always sent (and counted as forced); the others are sent while their visits fit, and from
 * the first that does not fit on, every letter that brings visits is held back (so "nearest first"
 * holds strictly, and the held ones are the tail of the order). A letter that brings no visits (it
 * only reminds of items told before) is always sent: it costs the counters nothing new.
 */
public final class NightBudget {
  private final Pacing pacing;
  private final LocalDate night;
  private long visits;
  private long forcedVisits;
  private long forcedLetters;
  private long sentLetters;
  private long heldLetters;
  private boolean full;

  public NightBudget(Pacing pacing, LocalDate night) {
    if (!pacing.on()) {
      throw new IllegalArgumentException("a night budget needs a daily capacity");
    }
    this.pacing = pacing;
    this.night = night;
  }

  /**
   * Offers the next letter in order.
   *
   * @param firstExpiry the earliest expiry among the items the letter tells for the first time
   * @param letterVisits the counter visits it brings ({@link CounterVisits})
   * @return whether it goes tonight
   */
  public boolean admit(LocalDate firstExpiry, int letterVisits) {
    if (letterVisits <= 0) {
      return true;
    }
    if (pacing.forced(firstExpiry, night)) {
      forcedVisits += letterVisits;
      forcedLetters++;
      return send(letterVisits);
    }
    if (full || visits + letterVisits > pacing.dailyCapacity()) {
      full = true;
      heldLetters++;
      return false;
    }
    return send(letterVisits);
  }

  private boolean send(int letterVisits) {
    visits += letterVisits;
    sentLetters++;
    return true;
  }

  /** The visits the night's letters bring. */
  public long visits() {
    return visits;
  }

  /** The visits of the letters at their latest sending date. */
  public long forcedVisits() {
    return forcedVisits;
  }

  public long forcedLetters() {
    return forcedLetters;
  }

  public long sentLetters() {
    return sentLetters;
  }

  public long heldLetters() {
    return heldLetters;
  }

  /** Whether the letters that had to go tonight alone bring more visits than the counters take. */
  public boolean overCapacity() {
    return forcedVisits > pacing.dailyCapacity();
  }
}
