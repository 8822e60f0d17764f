package jp.mynacard.api;

/** A refusal with its status (4xx) and a message for the client. */
public class ApiRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public ApiRefusal(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
