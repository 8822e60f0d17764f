package jp.mynacard.registry;

/** RFC 5280 reason codes used by this registry; the CRL writes their numeric codes. */
public enum RevocationReason {
  /** After a loss or theft report. */
  KEY_COMPROMISE(1),
  /** After a change of name, address, birth date or sex (the signature certificate lapses). */
  AFFILIATION_CHANGED(3),
  /** After renewal or re-issue. */
  SUPERSEDED(4),
  /** The card was abolished for another reason (death, lapse of stay, voluntary return). */
  CESSATION_OF_OPERATION(5);

  private final int code;

  RevocationReason(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
