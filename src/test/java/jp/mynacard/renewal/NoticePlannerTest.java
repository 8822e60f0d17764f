package jp.mynacard.renewal;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.ResidentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticePlannerTest {
  private static final String LETTER = "L20260401-7-R0001";
  private static final String CARD_ID = "C0001";
  private static final String USER = "0A1B";
  private static final String SIGN = "0A1C";
  private static final LocalDate CARD_EXPIRY = of(2026, 6, 15);

  private final NoticePlanner planner = new NoticePlanner();

  private static ResidentState resident(
      ResidentStatus status,
      String nationality,
      String residenceStatus,
      LocalDate stayExpiresOn,
      CardStatus cardStatus,
      LocalDate cardExpiresOn) {
    return new ResidentState(
        "R0001",
        status,
        "山田",
        "太郎",
        "ja",
        "100-0001",
        "東京都千代田区千代田1-1",
        nationality,
        residenceStatus,
        stayExpiresOn,
        CARD_ID,
        cardStatus,
        cardExpiresOn,
        USER,
        SIGN);
  }

  private static ResidentState national() {
    return resident(ResidentStatus.RESIDENT, "JP", null, null, CardStatus.ACTIVE, CARD_EXPIRY);
  }

  private static ResidentState national(ResidentStatus status, CardStatus cardStatus) {
    return resident(status, "JP", null, null, cardStatus, CARD_EXPIRY);
  }

  private static ResidentState foreign(String residenceStatus, LocalDate stay, LocalDate card) {
    return resident(ResidentStatus.RESIDENT, "VN", residenceStatus, stay, CardStatus.ACTIVE, card);
  }

  private static DueItem card(LocalDate expiresOn, int lead) {
    return new DueItem(ItemType.CARD, CARD_ID, expiresOn, lead);
  }

  private static DueItem cert(String serial, LocalDate expiresOn) {
    return new DueItem(ItemType.CERT, serial, expiresOn, 3);
  }

  private static Map<String, CertificateState> certificates(
      LocalDate user, LocalDate sign, CertificateStatus userStatus) {
    return Map.of(
        USER, new CertificateState(USER, userStatus, user),
        SIGN, new CertificateState(SIGN, CertificateStatus.ACTIVE, sign));
  }

  /** Both certificates active and expiring with the card. */
  private static Map<String, CertificateState> certificatesWithTheCard() {
    return certificates(CARD_EXPIRY, CARD_EXPIRY, CertificateStatus.ACTIVE);
  }

  private NoticePlan plan(ResidentState r, Map<String, CertificateState> certs, DueItem... due) {
    return planner.plan(new ResidentCandidates(r, List.of(due), certs), LETTER);
  }

  private static void assertNoLetter(NoticePlan plan) {
    assertNull(plan.letter());
    assertEquals(List.of(), plan.notices());
    assertEquals(Map.of(), plan.itemsByKind());
  }

  @Test
  void dueCardOfAnActiveNationalGetsOneLetterAsCardItem() {
    NoticePlan plan = plan(national(), certificatesWithTheCard(), card(CARD_EXPIRY, 3));

    LetterDraft letter = plan.letter();
    assertNotNull(letter);
    assertEquals(LETTER, letter.letterId());
    assertEquals("R0001", letter.residentId());
    assertEquals(CARD_EXPIRY, letter.cardExpiresOn());
    assertNull(letter.stayExpiresOn());
    assertNull(letter.userCertExpiresOn());
    assertNull(letter.signCertExpiresOn());
    assertEquals(CARD_EXPIRY, letter.earliestExpiresOn());
    assertEquals(List.of(new PlannedNotice(card(CARD_EXPIRY, 3), ItemKind.CARD)), plan.notices());
    assertEquals(Map.of(ItemKind.CARD, 1), plan.itemsByKind());
    assertEquals(Map.of(), plan.skipped());
  }

  @Test
  void cardEndingWithAPeriodOfStayIsAStayItemWithOnlyTheStayDateFilled() {
    ResidentState student = foreign("STUDENT", CARD_EXPIRY, CARD_EXPIRY);

    NoticePlan plan = plan(student, certificatesWithTheCard(), card(CARD_EXPIRY, 3));

    assertEquals(ItemKind.STAY, plan.notices().get(0).kind());
    assertEquals(Map.of(ItemKind.STAY, 1), plan.itemsByKind());
    assertEquals(CARD_EXPIRY, plan.letter().stayExpiresOn());
    assertNull(plan.letter().cardExpiresOn());
  }

  @Test
  void permanentResidentsCardEndingOnTheirStayDateIsACardItem() {
    ResidentState permanent = foreign("PERMANENT_RESIDENT", CARD_EXPIRY, CARD_EXPIRY);

    NoticePlan plan = plan(permanent, certificatesWithTheCard(), card(CARD_EXPIRY, 3));

    assertEquals(ItemKind.CARD, plan.notices().get(0).kind());
    assertEquals(CARD_EXPIRY, plan.letter().cardExpiresOn());
    assertNull(plan.letter().stayExpiresOn());
  }

  @Test
  void certificatesExpiringBeforeTheCardShareTheCardsLetter() {
    LocalDate user = of(2026, 5, 10);
    LocalDate sign = of(2026, 5, 20);

    NoticePlan plan =
        plan(
            national(),
            certificates(user, sign, CertificateStatus.ACTIVE),
            card(CARD_EXPIRY, 3),
            cert(USER, user),
            cert(SIGN, sign));

    LetterDraft letter = plan.letter();
    assertEquals(CARD_EXPIRY, letter.cardExpiresOn());
    assertEquals(user, letter.userCertExpiresOn());
    assertEquals(sign, letter.signCertExpiresOn());
    assertEquals(user, letter.earliestExpiresOn());
    assertEquals(
        Map.of(ItemKind.CARD, 1, ItemKind.USER_CERT, 1, ItemKind.SIGN_CERT, 1), plan.itemsByKind());
    assertEquals(
        List.of(ItemKind.CARD, ItemKind.USER_CERT, ItemKind.SIGN_CERT),
        plan.notices().stream().map(PlannedNotice::kind).toList());
  }

  @Test
  void certificateExpiringOnTheCardsDateIsCoveredByTheCardAndNotNotifiedItself() {
    NoticePlan plan =
        plan(national(), certificatesWithTheCard(), card(CARD_EXPIRY, 3), cert(USER, CARD_EXPIRY));

    assertNull(plan.letter().userCertExpiresOn());
    assertEquals(Map.of(ItemKind.CARD, 1), plan.itemsByKind());
    assertEquals(1, plan.notices().size());
    assertEquals(Map.of(SkipReason.CHANGED, 1), plan.skipped());
  }

  @ParameterizedTest
  @EnumSource(
      value = ResidentStatus.class,
      names = {"DECEASED", "MOVED_OUT"})
  void residentWhoDiedOrMovedOutGetsNoLetterAndEachDistinctItemCountsOnce(ResidentStatus status) {
    LocalDate user = of(2026, 5, 10);

    NoticePlan plan =
        plan(
            national(status, CardStatus.ACTIVE),
            certificates(user, CARD_EXPIRY, CertificateStatus.ACTIVE),
            card(CARD_EXPIRY, 3),
            card(CARD_EXPIRY, 1),
            cert(USER, user));

    assertNoLetter(plan);
    assertEquals(Map.of(SkipReason.valueOf(status.name()), 2), plan.skipped());
  }

  @ParameterizedTest
  @EnumSource(
      value = CardStatus.class,
      names = {"SUSPENDED", "ABOLISHED"})
  void suspendedOrAbolishedCardGetsNoLetter(CardStatus status) {
    LocalDate user = of(2026, 5, 10);

    NoticePlan plan =
        plan(
            national(ResidentStatus.RESIDENT, status),
            certificates(user, CARD_EXPIRY, CertificateStatus.ACTIVE),
            card(CARD_EXPIRY, 3),
            cert(USER, user));

    assertNoLetter(plan);
    assertEquals(Map.of(SkipReason.valueOf(status.name()), 2), plan.skipped());
  }

  @ParameterizedTest
  @EnumSource(
      value = CertificateStatus.class,
      names = {"HELD", "REVOKED"})
  void heldOrRevokedCertificateIsSkippedWhileTheCardStillGetsItsLetter(CertificateStatus status) {
    LocalDate user = of(2026, 5, 10);

    NoticePlan plan =
        plan(
            national(),
            certificates(user, CARD_EXPIRY, status),
            card(CARD_EXPIRY, 3),
            cert(USER, user));

    assertEquals(CARD_EXPIRY, plan.letter().cardExpiresOn());
    assertNull(plan.letter().userCertExpiresOn());
    assertEquals(Map.of(ItemKind.CARD, 1), plan.itemsByKind());
    assertEquals(Map.of(SkipReason.valueOf(status.name()), 1), plan.skipped());
  }

  @Test
  void cardThatIsNoLongerTheCurrentOneWasRenewed() {
    DueItem oldCard = new DueItem(ItemType.CARD, "C0000", CARD_EXPIRY, 3);

    NoticePlan plan = plan(national(), certificatesWithTheCard(), oldCard);

    assertNoLetter(plan);
    assertEquals(Map.of(SkipReason.RENEWED, 1), plan.skipped());
  }

  @Test
  void cardWhoseExpiryChangedSinceTheRunBeganIsChanged() {
    NoticePlan plan = plan(national(), certificatesWithTheCard(), card(of(2026, 5, 1), 3));

    assertNoLetter(plan);
    assertEquals(Map.of(SkipReason.CHANGED, 1), plan.skipped());
  }

  @Test
  void certificateThatIsNoLongerCurrentWasRenewed() {
    NoticePlan plan = plan(national(), certificatesWithTheCard(), cert("FFFF", of(2026, 5, 10)));

    assertNoLetter(plan);
    assertEquals(Map.of(SkipReason.RENEWED, 1), plan.skipped());
  }

  @Test
  void certificateWhoseExpiryChangedSinceTheRunBeganIsChanged() {
    NoticePlan plan =
        plan(
            national(),
            certificates(of(2026, 5, 10), CARD_EXPIRY, CertificateStatus.ACTIVE),
            cert(USER, of(2026, 4, 30)));

    assertNoLetter(plan);
    assertEquals(Map.of(SkipReason.CHANGED, 1), plan.skipped());
  }

  @Test
  void itemDueUnderTwoLeadTimesIsListedOnceButRecordedPerLeadTime() {
    NoticePlan plan =
        plan(national(), certificatesWithTheCard(), card(CARD_EXPIRY, 3), card(CARD_EXPIRY, 1));

    assertEquals(Map.of(ItemKind.CARD, 1), plan.itemsByKind());
    assertEquals(List.of(3, 1), plan.notices().stream().map(n -> n.item().leadMonths()).toList());
    assertEquals(CARD_EXPIRY, plan.letter().cardExpiresOn());
  }

  @Test
  void renewalOpensThreeMonthsBeforeTheEarliestExpiryClampedToTheMonthsEnd() {
    LocalDate cardExpiry = of(2026, 8, 31);
    LocalDate user = of(2026, 5, 31);
    ResidentState r =
        resident(ResidentStatus.RESIDENT, "JP", null, null, CardStatus.ACTIVE, cardExpiry);

    NoticePlan plan =
        plan(
            r,
            certificates(user, cardExpiry, CertificateStatus.ACTIVE),
            card(cardExpiry, 3),
            cert(USER, user));

    assertEquals(user, plan.letter().earliestExpiresOn());
    assertEquals(of(2026, 2, 28), plan.letter().renewalOpensOn());
  }

  @Test
  void letterIsAddressedFamilyNameThenGivenNameToTheRegisteredAddress() {
    LetterDraft letter = plan(national(), certificatesWithTheCard(), card(CARD_EXPIRY, 3)).letter();

    assertEquals("山田 太郎", letter.addressee());
    assertEquals("100-0001", letter.postalCode());
    assertEquals("東京都千代田区千代田1-1", letter.address());
    assertEquals("ja", letter.language());
  }
}
