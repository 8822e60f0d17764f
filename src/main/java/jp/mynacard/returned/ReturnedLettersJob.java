package jp.mynacard.returned;

/**
 * The returned-letters job seen from the outside: its name. Parameters: {@link ReturnsParameters}.
 */
public final class ReturnedLettersJob {
  public static final String NAME = "returned-letters";

  private ReturnedLettersJob() {}
}
