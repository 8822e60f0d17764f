package jp.mynacard.importer;

import jp.mynacard.validity.NumberMask;

/**
 * How a rejected value may appear in a report: a column can hold the wrong data (an extract with
 * shifted columns puts Individual Numbers anywhere), so a value with a run of twelve digits is
 * never echoed, and long values are cut.
 */
public final class Shown {
  private static final int MAX = 40;

  private Shown() {}

  public static String value(String v) {
    if (!NumberMask.mask(v).equals(v)) {
      return "(value hidden: it has 12 digits in a row, like an Individual Number)";
    }
    return "'" + (v.length() > MAX ? v.substring(0, MAX) + "…" : v) + "'";
  }
}
