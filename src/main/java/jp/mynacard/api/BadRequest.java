package jp.mynacard.api;

/** A client mistake the resource found itself; answered 400 with this message. */
public class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadRequest(String message) {
    super(message, null, false, false);
  }
}
