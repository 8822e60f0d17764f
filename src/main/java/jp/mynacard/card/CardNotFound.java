package jp.mynacard.card;

/** No card with the id asked for (answered 404; the message never repeats the id). */
public class CardNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CardNotFound() {
    super("no card with this id", null, false, false);
  }
}
