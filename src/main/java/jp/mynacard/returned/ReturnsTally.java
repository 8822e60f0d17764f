package jp.mynacard.returned;

/**
 * The counts of a returned-letters run: {@code read = accepted + rejected}, {@code accepted =
 * recorded + alreadyRecorded}. What its summary line and {@code GET /api/v1/jobs/executions/{id}}
 * report.
 *
 * @param paperStopped accepted rows whose resident gets no paper now (the registry still holds the
 *     address of their last returned letter); null until the clerks' list is written
 * @param headerRefused whether the file was refused whole for its header (nothing read)
 */
public record ReturnsTally(
    long read,
    long accepted,
    long rejected,
    long recorded,
    long alreadyRecorded,
    Long paperStopped,
    boolean headerRefused) {

  public static ReturnsTally of(long recorded, long alreadyRecorded, long rejected) {
    return new ReturnsTally(
        recorded + alreadyRecorded + rejected,
        recorded + alreadyRecorded,
        rejected,
        recorded,
        alreadyRecorded,
        null,
        false);
  }

  /** A file refused for its header: nothing read. */
  public static ReturnsTally refused() {
    return new ReturnsTally(0, 0, 0, 0, 0, null, true);
  }

  ReturnsTally withPaperStopped(long stopped) {
    return new ReturnsTally(
        read, accepted, rejected, recorded, alreadyRecorded, stopped, headerRefused);
  }

  public String summary() {
    return String.format(
        "read=%d accepted=%d rejected=%d (recorded=%d alreadyRecorded=%d) paperStopped=%s%s",
        read,
        accepted,
        rejected,
        recorded,
        alreadyRecorded,
        paperStopped == null ? "-" : paperStopped,
        headerRefused ? " headerRefused" : "");
  }
}
