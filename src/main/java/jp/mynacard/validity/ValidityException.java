package jp.mynacard.validity;

/** Facts that no rule can be applied to, such as an issue date before the birth date. */
public class ValidityException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ValidityException(String message) {
    super(message);
  }
}
