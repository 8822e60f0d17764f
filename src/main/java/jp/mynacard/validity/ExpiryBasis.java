package jp.mynacard.validity;

/** Which rule decided an expiry date; the API and the anomaly report name it. */
public enum ExpiryBasis {
  CARD_TENTH_BIRTHDAY,
  CARD_FIFTH_BIRTHDAY,
  /** No application date, issued from 2022-04-01 at 18 or 19: the shorter validity is taken. */
  CARD_FIFTH_BIRTHDAY_APPLICATION_UNKNOWN,
  CARD_END_OF_STAY,
  CERT_FIFTH_BIRTHDAY,
  CERT_SIXTH_BIRTHDAY_EARLY_RENEWAL,
  CERT_CAPPED_BY_CARD,
  CERT_CAPPED_BY_USER_CERT
}
