package jp.mynacard.card;

import static jp.mynacard.registry.CertificateKind.SIGNATURE;
import static jp.mynacard.registry.CertificateKind.USER_IDENTIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import jp.mynacard.card.CardTransitions.CardState;
import jp.mynacard.card.CardTransitions.CertificateState;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.PinKind;
import jp.mynacard.registry.RevocationReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CardTransitionsTest {
  private static final CertificateState ACTIVE = CertificateState.ACTIVE;
  private static final CertificateState HELD = CertificateState.HELD;

  private static CardState active() {
    return new CardState(CardStatus.ACTIVE, Map.of(USER_IDENTIFICATION, ACTIVE, SIGNATURE, ACTIVE));
  }

  private static CertificateState revoked(RevocationReason reason) {
    return CertificateState.revoked(reason);
  }

  @Test
  void suspensionHoldsTheUserCertificateAndRevokesTheSignatureCertificateForKeyCompromise() {
    CardState s = CardTransitions.suspend(active());

    assertEquals(CardStatus.SUSPENDED, s.card());
    assertEquals(HELD, s.certificate(USER_IDENTIFICATION));
    assertEquals(revoked(RevocationReason.KEY_COMPROMISE), s.certificate(SIGNATURE));
  }

  @Test
  void reportingASuspendedCardAgainChangesNothing() {
    CardState suspended = CardTransitions.suspend(active());

    assertFalse(CardTransitions.suspensionChanges(CardStatus.SUSPENDED));
    assertSame(suspended, CardTransitions.suspend(suspended));
  }

  @Test
  void anAbolishedCardCannotBeSuspended() {
    CardState abolished = CardTransitions.abolish(active(), AbolitionReason.DEATH);

    assertThrows(TransitionRefused.class, () -> CardTransitions.suspend(abolished));
  }

  @Test
  void cancellationReleasesTheHoldAndTheSignatureCertificateStaysRevoked() {
    CardState s = CardTransitions.cancelSuspension(CardTransitions.suspend(active()));

    assertEquals(CardStatus.ACTIVE, s.card());
    assertEquals(ACTIVE, s.certificate(USER_IDENTIFICATION));
    assertEquals(revoked(RevocationReason.KEY_COMPROMISE), s.certificate(SIGNATURE));
  }

  @Test
  void anActiveCardHasNoSuspensionToCancel() {
    TransitionRefused e =
        assertThrows(TransitionRefused.class, () -> CardTransitions.cancelSuspension(active()));
    assertTrue(e.getMessage().contains("not suspended"));
  }

  @Test
  void abolitionCanNeverBeUndone() {
    CardState abolished = CardTransitions.abolish(active(), AbolitionReason.LAPSE);

    assertThrows(TransitionRefused.class, () -> CardTransitions.cancelSuspension(abolished));
    assertThrows(
        TransitionRefused.class, () -> CardTransitions.abolish(abolished, AbolitionReason.OTHER));
  }

  @Test
  void reissueRevokesBothCertificatesAsSuperseded() {
    CardState s = CardTransitions.abolish(active(), AbolitionReason.REISSUE);

    assertEquals(CardStatus.ABOLISHED, s.card());
    assertEquals(revoked(RevocationReason.SUPERSEDED), s.certificate(USER_IDENTIFICATION));
    assertEquals(revoked(RevocationReason.SUPERSEDED), s.certificate(SIGNATURE));
  }

  @Test
  void abolishingASuspendedCardRevokesTheHeldCertificateAndKeepsTheFirstRevocationReason() {
    CardState s =
        CardTransitions.abolish(CardTransitions.suspend(active()), AbolitionReason.REISSUE);

    assertEquals(revoked(RevocationReason.SUPERSEDED), s.certificate(USER_IDENTIFICATION));
    assertEquals(revoked(RevocationReason.KEY_COMPROMISE), s.certificate(SIGNATURE));
  }

  @Test
  void aCardWithoutASignatureCertificateIsSuspendedWithItsOneCertificate() {
    CardState child = new CardState(CardStatus.ACTIVE, Map.of(USER_IDENTIFICATION, ACTIVE));

    CardState s = CardTransitions.suspend(child);

    assertEquals(Map.of(USER_IDENTIFICATION, HELD), s.certificates());
  }

  @Test
  void aPinIsResetOnlyOnAnActiveCard() {
    CardState suspended = CardTransitions.suspend(active());

    CardTransitions.checkPinReset(active(), PinKind.USER_IDENTIFICATION);
    assertThrows(
        TransitionRefused.class,
        () -> CardTransitions.checkPinReset(suspended, PinKind.USER_IDENTIFICATION));
  }

  @Test
  void theSignaturePasswordIsNotResetOnceTheSignatureCertificateIsRevoked() {
    CardState reinstated = CardTransitions.cancelSuspension(CardTransitions.suspend(active()));

    CardTransitions.checkPinReset(reinstated, PinKind.CARD_INFO_INPUT);
    assertThrows(
        TransitionRefused.class,
        () -> CardTransitions.checkPinReset(reinstated, PinKind.SIGNATURE));
  }

  @ParameterizedTest
  @EnumSource(PinKind.class)
  void pinsLockAfterThreeWrongTriesAndTheSignaturePasswordAfterFive(PinKind pin) {
    assertEquals(pin == PinKind.SIGNATURE ? 5 : 3, pin.wrongTriesToLock());
  }

  // Issue 11: the import applies the extract's card status through these same rules.

  @Test
  void anExtractSayingSuspendedSuspendsAsALossReportWould() {
    assertEquals(
        CardTransitions.suspend(active()),
        CardTransitions.toExtractStatus(active(), CardStatus.SUSPENDED).orElseThrow());
  }

  @Test
  void anExtractSayingAbolishedRevokesBothCertificatesForCessationOfOperation() {
    CardState s = CardTransitions.toExtractStatus(active(), CardStatus.ABOLISHED).orElseThrow();

    assertEquals(CardStatus.ABOLISHED, s.card());
    assertEquals(revoked(RevocationReason.CESSATION_OF_OPERATION), s.certificate(SIGNATURE));
    assertEquals(
        revoked(RevocationReason.CESSATION_OF_OPERATION), s.certificate(USER_IDENTIFICATION));
  }

  @Test
  void anExtractCannotCancelASuspensionNorReinstateAnAbolishedCard() {
    CardState suspended = CardTransitions.suspend(active());
    CardState abolished = CardTransitions.abolish(active(), AbolitionReason.DEATH);

    assertTrue(CardTransitions.toExtractStatus(suspended, CardStatus.ACTIVE).isEmpty());
    assertTrue(CardTransitions.toExtractStatus(abolished, CardStatus.ACTIVE).isEmpty());
    assertTrue(CardTransitions.toExtractStatus(abolished, CardStatus.SUSPENDED).isEmpty());
  }

  @Test
  void aCertificateNewToASuspendedCardIsHeldOrRevokedLikeTheOthers() {
    CardState suspendedWithNewCertificates =
        new CardState(CardStatus.SUSPENDED, Map.of(USER_IDENTIFICATION, ACTIVE, SIGNATURE, ACTIVE));

    CardState s =
        CardTransitions.toExtractStatus(suspendedWithNewCertificates, CardStatus.SUSPENDED)
            .orElseThrow();

    assertEquals(HELD, s.certificate(USER_IDENTIFICATION));
    assertEquals(revoked(RevocationReason.KEY_COMPROMISE), s.certificate(SIGNATURE));
  }

  @Test
  void settlingNeverMovesACertificateBackNorChangesAFirstRevocationReason() {
    CardState s =
        new CardState(
            CardStatus.ABOLISHED,
            Map.of(
                USER_IDENTIFICATION,
                HELD,
                SIGNATURE,
                revoked(RevocationReason.AFFILIATION_CHANGED)));

    CardState settled = CardTransitions.toExtractStatus(s, CardStatus.ABOLISHED).orElseThrow();

    assertEquals(
        revoked(RevocationReason.CESSATION_OF_OPERATION), settled.certificate(USER_IDENTIFICATION));
    assertEquals(revoked(RevocationReason.AFFILIATION_CHANGED), settled.certificate(SIGNATURE));
    assertEquals(
        active(), CardTransitions.toExtractStatus(active(), CardStatus.ACTIVE).orElseThrow());
  }
}
