package jp.mynacard.importer;

/**
 * What the processor makes of one record: an accepted row or a rejection. Both go to the writer, so
 * that rejections are written in the same chunk as the accepted rows around them and a restart
 * neither repeats nor loses one.
 */
public record RowOutcome(ImportRow accepted, Rejection rejected) {
  public static RowOutcome accept(ImportRow row) {
    return new RowOutcome(row, null);
  }

  public static RowOutcome reject(Rejection rejection) {
    return new RowOutcome(null, rejection);
  }

  public boolean isAccepted() {
    return accepted != null;
  }
}
