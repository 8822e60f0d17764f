package jp.mynacard.validity;

import java.util.regex.Pattern;

/**
 * Hides anything that could be an Individual Number in text bound for a report, a log line or an
 * error message: every run of twelve or more digits, ASCII or full-width, also when single blanks,
 * hyphens or dots separate them (1234 5678 9018, １２３４-５６７８-９０１８). Input can hold a number in any
 * column (an extract with shifted columns, a file without its header row), so what is written is
 * masked, not only the column that should hold it. Longer runs are masked too: the number may sit
 * inside them.
 */
public final class NumberMask {
  static final String MASK = "[number hidden]";

  private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";
  private static final String SEPARATOR = "[ \\u3000\\-\\u2010-\\u2015\\u2212\\uFF0D.\\uFF0E]";
  private static final Pattern RUN = Pattern.compile("(?:" + DIGIT + SEPARATOR + "?){11,}" + DIGIT);

  private NumberMask() {}

  /** {@code text} with every run of twelve digits replaced; null stays null. */
  public static String mask(String text) {
    if (text == null || text.length() < 12) {
      return text;
    }
    return RUN.matcher(text).replaceAll(MASK);
  }
}
