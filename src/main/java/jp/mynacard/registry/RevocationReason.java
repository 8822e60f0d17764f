package jp.mynacard.registry;

/** RFC 5280 reason codes used by this registry; the CRL writes their numeric codes. */
public enum RevocationReason {
  /** After a loss or theft report. */
  KEY_COMPROMISE(1, "keyCompromise"),
  /** After a change of name, address, birth date or sex (the signature certificate lapses). */
  AFFILIATION_CHANGED(3, "affiliationChanged"),
  /** After renewal or re-issue. */
  SUPERSEDED(4, "superseded"),
  /** The card was abolished for another reason (death, lapse of stay, voluntary return). */
  CESSATION_OF_OPERATION(5, "cessationOfOperation");

  private final int code;
  private final String rfcName;

  RevocationReason(int code, String rfcName) {
    this.code = code;
    this.rfcName = rfcName;
  }

  /** The name RFC 5280 gives the reason (and openssl prints, spaced out). */
  public String rfcName() {
    return rfcName;
  }

  public int code() {
    return code;
  }
}
