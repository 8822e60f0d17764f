package jp.mynacard.progress;

import java.util.Map;
import java.util.Set;

/**
 * The share of a run done, 0 to 1: each step of the job counts the same; a step that ended counts
 * whole, the running one by its own share (nothing while it cannot know its total), the steps not
 * reached yet nothing. Steps take very different times, so this is a bar that only moves forward,
 * not a clock: the running step's own ETA is the estimate of time.
 */
public final class RunShare {
  private RunShare() {}

  /**
   * @param steps the job's steps
   * @param shares the share done of each step reached (1 for one that ended), absent for a step not
   *     reached
   */
  public static double of(Set<String> steps, Map<String, Double> shares) {
    if (steps.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String step : steps) {
      Double share = shares.get(step);
      sum += share == null ? 0 : Math.max(0, Math.min(1, share));
    }
    return sum / steps.size();
  }
}
