package jp.mynacard.importer;

/**
 * Why a row was not imported: one line of {@code <input>.rejects.csv}. The reason names the rule
 * broken and never repeats the Individual Number.
 *
 * @param line the physical line on which the record starts (the header is line 1)
 * @param residentId the row's resident id when it could be read, else empty
 * @param column the offending column's header name, or empty for the whole row
 * @param reason what is wrong, in one sentence
 */
public record Rejection(long line, String residentId, String column, String reason) {
  public Rejection {
    residentId = residentId == null ? "" : residentId;
    column = column == null ? "" : column;
  }
}
