package jp.mynacard.card;

import java.util.EnumMap;
import java.util.Map;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateKind;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.PinKind;
import jp.mynacard.registry.RevocationReason;

/**
 * The state rules of DESIGN.md §2 for a card and its two certificates, without a container.
 *
 * <ul>
 *   <li>Suspension (a loss report, any hour): card SUSPENDED, user-identification certificate on
 *       hold, signature certificate revoked (keyCompromise: whoever has the card may have the key).
 *   <li>Cancellation, at the counter only: card ACTIVE, the hold released; the signature
 *       certificate stays revoked and must be issued again.
 *   <li>Abolition: card and both certificates revoked for good.
 * </ul>
 *
 * A certificate already revoked keeps its status and reason: revocation is final, and the first
 * reason is the true one.
 */
public final class CardTransitions {
  /** A certificate's status and, when revoked, why. */
  public record CertificateState(CertificateStatus status, RevocationReason reason) {
    public static final CertificateState ACTIVE =
        new CertificateState(CertificateStatus.ACTIVE, null);
    static final CertificateState HELD = new CertificateState(CertificateStatus.HELD, null);

    static CertificateState revoked(RevocationReason reason) {
      return new CertificateState(CertificateStatus.REVOKED, reason);
    }

    boolean isRevoked() {
      return status == CertificateStatus.REVOKED;
    }
  }

  /** A card's state: its status and its certificates' (a card may lack one, e.g. a child's). */
  public record CardState(CardStatus card, Map<CertificateKind, CertificateState> certificates) {
    public CardState {
      certificates = Map.copyOf(certificates);
    }

    public CertificateState certificate(CertificateKind kind) {
      return certificates.get(kind);
    }
  }

  private CardTransitions() {}

  /** Whether a suspension report changes the card: false when it is already suspended. */
  public static boolean suspensionChanges(CardStatus card) {
    return switch (card) {
      case ACTIVE -> true;
      case SUSPENDED -> false;
      case ABOLISHED ->
          throw new TransitionRefused(
              "the card is abolished; a suspension no longer applies to it");
    };
  }

  /** The state after a suspension of an ACTIVE card. */
  public static CardState suspend(CardState s) {
    if (!suspensionChanges(s.card())) {
      return s;
    }
    return map(
        s,
        CardStatus.SUSPENDED,
        (kind, c) -> {
          if (c.isRevoked()) {
            return c;
          }
          return kind == CertificateKind.USER_IDENTIFICATION
              ? CertificateState.HELD
              : CertificateState.revoked(RevocationReason.KEY_COMPROMISE);
        });
  }

  /** The state after a suspension is cancelled at the counter. */
  public static CardState cancelSuspension(CardState s) {
    switch (s.card()) {
      case SUSPENDED -> {}
      case ACTIVE -> throw new TransitionRefused("the card is not suspended");
      case ABOLISHED ->
          throw new TransitionRefused("the card is abolished and can never be reinstated");
    }
    return map(
        s,
        CardStatus.ACTIVE,
        (kind, c) -> c.status() == CertificateStatus.HELD ? CertificateState.ACTIVE : c);
  }

  /** The state after abolition; final. */
  public static CardState abolish(CardState s, AbolitionReason reason) {
    if (s.card() == CardStatus.ABOLISHED) {
      throw new TransitionRefused("the card is already abolished");
    }
    return map(
        s,
        CardStatus.ABOLISHED,
        (kind, c) -> c.isRevoked() ? c : CertificateState.revoked(reason.revocation()));
  }

  /**
   * The state a resident-record extract's card status asks for, reached as the counter would reach
   * it (issue 11: one lifecycle for the import and the API): a suspension or an abolition, never
   * back, since a suspension is cancelled only at the counter and nothing reinstates an abolished
   * card. Certificates the card has follow its state as a suspension or abolition set them (a
   * certificate new to a suspended card is held or revoked like the others). Empty when the extract
   * asks to go back; the caller keeps the registry's state and reports it.
   */
  public static java.util.Optional<CardState> toExtractStatus(CardState s, CardStatus wanted) {
    if (wanted == s.card()) {
      return java.util.Optional.of(settled(s));
    }
    return switch (wanted) {
      case ACTIVE -> java.util.Optional.empty();
      case SUSPENDED ->
          s.card() == CardStatus.ACTIVE
              ? java.util.Optional.of(suspend(s))
              : java.util.Optional.empty();
      case ABOLISHED -> java.util.Optional.of(abolish(s, AbolitionReason.OTHER));
    };
  }

  /** Certificates that are still active brought in line with their card's status. */
  private static CardState settled(CardState s) {
    return switch (s.card()) {
      case ACTIVE -> s;
      case SUSPENDED -> {
        CardState active = map(s, CardStatus.ACTIVE, (kind, c) -> c);
        CardState suspended = suspend(active);
        // only what was active changes: a certificate already held or revoked keeps its state
        yield map(
            s,
            CardStatus.SUSPENDED,
            (kind, c) -> c.status() == CertificateStatus.ACTIVE ? suspended.certificate(kind) : c);
      }
      case ABOLISHED ->
          map(
              s,
              CardStatus.ABOLISHED,
              (kind, c) ->
                  c.isRevoked() ? c : CertificateState.revoked(AbolitionReason.OTHER.revocation()));
    };
  }

  /**
   * Whether a PIN may be reset: only on an active card (a suspended card's suspension is cancelled
   * first), and the signature password only while the signature certificate is valid (after a
   * revocation the certificate is issued again, with a new password).
   */
  public static void checkPinReset(CardState s, PinKind pin) {
    if (s.card() != CardStatus.ACTIVE) {
      throw new TransitionRefused(
          "the card is " + s.card() + "; a PIN is reset only on an active card");
    }
    if (pin == PinKind.SIGNATURE) {
      CertificateState sign = s.certificate(CertificateKind.SIGNATURE);
      if (sign == null || sign.status() != CertificateStatus.ACTIVE) {
        throw new TransitionRefused(
            "the card has no valid signature certificate; issue one, with a new password, instead");
      }
    }
  }

  private interface CertificateRule {
    CertificateState apply(CertificateKind kind, CertificateState current);
  }

  private static CardState map(CardState s, CardStatus card, CertificateRule rule) {
    Map<CertificateKind, CertificateState> next = new EnumMap<>(CertificateKind.class);
    s.certificates().forEach((kind, c) -> next.put(kind, rule.apply(kind, c)));
    return new CardState(card, next);
  }
}
