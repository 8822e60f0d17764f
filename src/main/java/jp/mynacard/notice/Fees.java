package jp.mynacard.notice;

/**
 * Fees a letter states: renewal is free (also after expiry); a card re-issued after loss costs
 * {@code cardReissueYen} and its certificates {@code certificatesReissueYen} (800 and 200 yen in
 * the guidance).
 */
public record Fees(int cardReissueYen, int certificatesReissueYen) {
  public static final Fees GUIDANCE = new Fees(800, 200);

  public Fees {
    if (cardReissueYen < 0 || certificatesReissueYen < 0) {
      throw new IllegalArgumentException("fees cannot be negative");
    }
  }
}
