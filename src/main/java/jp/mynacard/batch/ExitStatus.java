package jp.mynacard.batch;

/** Exit statuses of every job (DESIGN.md §3.5); schedulers read them through batchManager. */
public final class ExitStatus {
  public static final String OK = "0";
  public static final String WARNINGS = "4";
  public static final String FAILED = "8";

  private ExitStatus() {}

  public static boolean isOurs(String status) {
    return OK.equals(status) || WARNINGS.equals(status) || FAILED.equals(status);
  }
}
