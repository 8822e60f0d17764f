package jp.mynacard.card;

import jp.mynacard.registry.RevocationReason;

/**
 * Why a card is abolished (廃止), and the RFC 5280 reason its certificates are revoked with: a
 * re-issued card's certificates are superseded; a card that ends for any other reason (death, the
 * end of a period of stay, a card returned, lapse) ends its certificates' operation.
 */
public enum AbolitionReason {
  REISSUE(RevocationReason.SUPERSEDED),
  DEATH(RevocationReason.CESSATION_OF_OPERATION),
  LAPSE(RevocationReason.CESSATION_OF_OPERATION),
  RETURNED(RevocationReason.CESSATION_OF_OPERATION),
  OTHER(RevocationReason.CESSATION_OF_OPERATION);

  private final RevocationReason revocation;

  AbolitionReason(RevocationReason revocation) {
    this.revocation = revocation;
  }

  public RevocationReason revocation() {
    return revocation;
  }
}
