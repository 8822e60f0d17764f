package jp.mynacard.renewal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which letters whose e-mail did not arrive a run prints. The export has one envelope per resident
 * and run (DESIGN.md §3.3): a resident whose own letter this run prints gets no second envelope, so
 * their waiting letter waits for the next run; of several waiting letters of one resident, the
 * oldest run's goes first and the others wait. Nothing is dropped: a letter not chosen stays
 * waiting and is chosen by a later run.
 */
public final class PaperFallback {
  private PaperFallback() {}

  /**
   * A letter left out of its run's print for an e-mail that did not arrive, and not printed yet.
   *
   * @param ownLetterPrinted whether the run choosing prints a letter of its own to the resident
   */
  public record Waiting(String letterId, String residentId, long runId, boolean ownLetterPrinted) {}

  private static final Comparator<Waiting> OLDEST_FIRST =
      Comparator.comparingLong(Waiting::runId).thenComparing(Waiting::letterId);

  /** The letters this run prints, in letter-id order. */
  public static List<String> printedNow(Collection<Waiting> waiting) {
    Map<String, Waiting> oldest = new HashMap<>();
    for (Waiting w : waiting) {
      if (!w.ownLetterPrinted()) {
        oldest.merge(w.residentId(), w, (a, b) -> OLDEST_FIRST.compare(a, b) <= 0 ? a : b);
      }
    }
    return oldest.values().stream().map(Waiting::letterId).sorted().toList();
  }
}
