package jp.mynacard.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Issue 11: how many of the residents an import touches it may change en masse (revoke their
 * signature certificate or abolish their card) without the operator's confirmation: more than
 * {@code percent} % of them, and more than {@link #FLOOR}, is refused. The floor keeps a small
 * extract (a few dozen corrections) from being refused for two or three genuine changes.
 *
 * <p>Written {@code 1%} or {@code 1} (a percentage either way), decimals allowed ({@code 0.5%}),
 * from 0 to 100.
 */
public record MassChangeLimit(BigDecimal percent) {
  /** Changes never refused, whatever the percentage. */
  public static final int FLOOR = 20;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static final MassChangeLimit DEFAULT = new MassChangeLimit(BigDecimal.ONE);

  public MassChangeLimit {
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a percentage from 0 to 100");
    }
  }

  /**
   * @throws IllegalArgumentException for anything but a percentage from 0 to 100
   */
  public static MassChangeLimit parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (!t.matches("\\d{1,3}(\\.\\d{1,4})?")) {
      throw new IllegalArgumentException(
          "the mass-change limit must be a percentage such as 1% or 0.5, not '" + text + "'");
    }
    try {
      return new MassChangeLimit(new BigDecimal(t));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the mass-change limit must be a percentage from 0 to 100, not '" + text + "'");
    }
  }

  /** The most residents an import touching {@code touched} may change without confirmation. */
  public long allowed(long touched) {
    long share =
        percent
            .multiply(BigDecimal.valueOf(touched))
            .divide(HUNDRED, 0, RoundingMode.FLOOR)
            .longValue();
    return Math.max(FLOOR, share);
  }

  /** Whether changing {@code changed} of {@code touched} residents needs confirmation. */
  public boolean refuses(long touched, long changed) {
    return changed > allowed(touched);
  }

  @Override
  public String toString() {
    return percent.stripTrailingZeros().toPlainString() + "% (at least " + FLOOR + ")";
  }
}
