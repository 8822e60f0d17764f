package jp.mynacard.card;

/** A change the card's state does not allow (answered 409 with this message). */
public class TransitionRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TransitionRefused(String message) {
    super(message, null, false, false);
  }
}
