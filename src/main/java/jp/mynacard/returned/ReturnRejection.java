package jp.mynacard.returned;

/**
 * Why a row of a returned-letters list was not taken: one line of {@code <input>.rejects.csv}.
 *
 * @param line the physical line of the row (the header is line 1)
 * @param letterId the row's letter id when it has the form of one, else empty
 * @param column the offending column's header name, empty for the whole row
 * @param reason what is wrong, in one sentence; never the whole row
 */
public record ReturnRejection(long line, String letterId, String column, String reason) {
  public ReturnRejection {
    letterId = letterId == null ? "" : letterId;
    column = column == null ? "" : column;
  }
}
