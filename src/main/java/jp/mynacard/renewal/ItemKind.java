package jp.mynacard.renewal;

/** The four things a letter can be about (DESIGN.md §3.2). */
public enum ItemKind {
  /** The card reaches its expiry (10th or 5th birthday). */
  CARD,
  /** The card ends with the holder's period of stay: renew it after the stay is extended. */
  STAY,
  /** The user-identification certificate expires before the card. */
  USER_CERT,
  /** The signature certificate expires before the card. */
  SIGN_CERT
}
