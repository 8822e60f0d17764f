package jp.mynacard.registry;

/**
 * The certificate states that follow from a card state (DESIGN.md §2): a suspension holds the
 * user-identification certificate and revokes the signature certificate; an abolition revokes both.
 * Used where only the card's state is known, as for a card first seen in an import.
 */
public final class CertificateStateRule {
  private CertificateStateRule() {}

  public static CertificateStatus statusFor(CardStatus card, CertificateKind kind) {
    return switch (card) {
      case ACTIVE -> CertificateStatus.ACTIVE;
      case SUSPENDED ->
          kind == CertificateKind.USER_IDENTIFICATION
              ? CertificateStatus.HELD
              : CertificateStatus.REVOKED;
      case ABOLISHED -> CertificateStatus.REVOKED;
    };
  }

  /** Why a certificate is revoked by the card state, or null when it is not revoked. */
  public static RevocationReason reasonFor(CardStatus card, CertificateKind kind) {
    if (statusFor(card, kind) != CertificateStatus.REVOKED) {
      return null;
    }
    return card == CardStatus.SUSPENDED
        ? RevocationReason.KEY_COMPROMISE
        : RevocationReason.CESSATION_OF_OPERATION;
  }
}
