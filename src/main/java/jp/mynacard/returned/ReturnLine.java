package jp.mynacard.returned;

/**
 * One row of a returned-letters list as read, before validation: its values by column, or why it
 * could not be read at all.
 *
 * @param line the physical line number (the header is line 1)
 * @param values indexed by {@link ReturnColumn#ordinal()}, null when unreadable
 * @param unreadable why the row could not be read, null when it could
 */
public record ReturnLine(long line, String[] values, String unreadable) {
  static ReturnLine readable(long line, String[] values) {
    return new ReturnLine(line, values, null);
  }

  static ReturnLine unreadable(long line, String reason) {
    return new ReturnLine(line, null, reason);
  }

  /** The value of {@code column} without blanks around it; empty when absent. */
  String get(ReturnColumn column) {
    String v = values[column.ordinal()];
    return v == null ? "" : v.strip();
  }
}
