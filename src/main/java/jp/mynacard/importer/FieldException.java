package jp.mynacard.importer;

/** A field that breaks a rule of the import layout; becomes a {@link Rejection}. */
class FieldException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final RegistryColumn column;

  FieldException(RegistryColumn column, String message) {
    super(message, null, false, false);
    this.column = column;
  }

  RegistryColumn column() {
    return column;
  }
}
