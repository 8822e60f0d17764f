package jp.mynacard.importer;

/** The file as a whole cannot be imported: a bad header, an unknown encoding, a changed file. */
public class LayoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String column;

  public LayoutException(String column, String message) {
    super(message);
    this.column = column == null ? "" : column;
  }

  public String column() {
    return column;
  }
}
