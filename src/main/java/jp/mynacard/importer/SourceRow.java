package jp.mynacard.importer;

/**
 * One record as read from the extract, before validation: its values by column, or the reason it
 * could not be read at all (bad bytes for the encoding, unbalanced quotes, wrong field count).
 *
 * @param line the physical line on which the record starts
 * @param values values indexed by {@link RegistryColumn#ordinal()}, null when unreadable
 * @param unreadable why the record could not be read, null when it could
 */
public record SourceRow(long line, String[] values, String unreadable) {
  public static SourceRow readable(long line, String[] values) {
    return new SourceRow(line, values, null);
  }

  public static SourceRow unreadable(long line, String reason) {
    return new SourceRow(line, null, reason);
  }

  /** The value of {@code column}, stripped of surrounding blanks; empty when absent. */
  public String get(RegistryColumn column) {
    String v = values[column.ordinal()];
    return v == null ? "" : v.strip();
  }
}
