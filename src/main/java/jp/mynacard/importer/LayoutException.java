package jp.mynacard.importer;

import jp.mynacard.validity.NumberMask;

/** The file as a whole cannot be imported: a bad header, an unknown encoding, a changed file. */
public class LayoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String column;

  /** The message and column are masked: they end up in logs, job logs and the rejects file. */
  public LayoutException(String column, String message) {
    super(NumberMask.mask(message));
    this.column = column == null ? "" : NumberMask.mask(column);
  }

  public String column() {
    return column;
  }
}
