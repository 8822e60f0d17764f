package jp.mynacard.returned;

import jp.mynacard.validity.NumberMask;

/**
 * The list as a whole cannot be read: no header row, or a header that names an unknown, missing or
 * repeated column. No row of such a file can be trusted, so none is read.
 */
public class HeaderRefused extends Exception {
  private static final long serialVersionUID = 1L;
  private final String column;

  /** Message and column are masked: they go to the rejects file and the job log. */
  HeaderRefused(String column, String message) {
    super(NumberMask.mask(message), null, false, false);
    this.column = column == null ? "" : NumberMask.mask(column);
  }

  public String column() {
    return column;
  }
}
