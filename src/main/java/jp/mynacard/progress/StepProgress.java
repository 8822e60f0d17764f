package jp.mynacard.progress;

import java.time.Duration;
import java.util.Locale;

/**
 * Where a step stands: {@code done} of {@code total} (null when the step cannot know its total)
 * {@code unit}s after {@code elapsed}. Gives the job log's line, e.g. {@code selectCandidates 45 %
 * 324,000/720,212 residents, 18.2k/s, ETA 21 s}, and the figures the job report and the operator's
 * progress bar show.
 *
 * <p>The percentage never shows 100 before the step has all of its total (rounded, 99.6 % would),
 * and stays at 100 when the count outgrows a total fixed at the start. Without a rate yet (nothing
 * done, or no time elapsed) there is no estimate of the time left.
 */
public record StepProgress(String step, String unit, long done, Long total, Duration elapsed) {

  public StepProgress {
    if (done < 0 || (total != null && total < 0)) {
      throw new IllegalArgumentException("negative count: " + done + "/" + total);
    }
    if (elapsed.isNegative()) {
      throw new IllegalArgumentException("negative elapsed time: " + elapsed);
    }
  }

  /** Whole percent done; null when the total is unknown. */
  public Integer percent() {
    if (total == null) {
      return null;
    }
    if (done >= total) {
      return 100;
    }
    return (int) Math.min(99, Math.round(done * 100.0 / total));
  }

  /** The share done, 0 to 1; null when the total is unknown. */
  public Double fraction() {
    if (total == null) {
      return null;
    }
    return done >= total ? 1.0 : (double) done / total;
  }

  /** Units per second since the step started; 0 before any time has passed. */
  public double rate() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : done / seconds;
  }

  /** Seconds left at the rate so far (rounded down); null without a total or a rate. */
  public Long etaSeconds() {
    if (total == null) {
      return null;
    }
    if (done >= total) {
      return 0L;
    }
    double rate = rate();
    return rate <= 0 ? null : (long) ((total - done) / rate);
  }

  /** The job log's progress line. */
  public String line() {
    StringBuilder s = new StringBuilder(step).append(' ');
    Integer percent = percent();
    if (percent != null) {
      s.append(percent).append(" % ");
    }
    s.append(count(done));
    if (total != null) {
      s.append('/').append(count(total));
    }
    s.append(' ').append(unit).append(", ").append(rate(rate())).append("/s");
    Long eta = etaSeconds();
    if (eta != null) {
      s.append(", ETA ").append(duration(eta));
    }
    return s.toString();
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** 3.5, 850, 18.2k, 1.2M: three significant figures at most, as a glance needs. */
  static String rate(double perSecond) {
    if (perSecond < 9.95) {
      return String.format(Locale.ROOT, "%.1f", perSecond);
    }
    if (perSecond < 999.5) {
      return Long.toString(Math.round(perSecond));
    }
    if (perSecond < 999_950) {
      return String.format(Locale.ROOT, "%.1fk", perSecond / 1e3);
    }
    return String.format(Locale.ROOT, "%.1fM", perSecond / 1e6);
  }

  /** 21 s, 4 min 05 s, 2 h 03 min. */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
  }
}
