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
import jp.mynacard.validity.StayCase;
import jp.mynacard.validity.ValidityRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticePlannerTest {
  private static final String LETTER = "L20260401-7-R0001";
  private static final String CARD_ID = "C0001";
  private static final String USER = "0A1B";
  private static final String SIGN = "0A1C";
  private static final LocalDate CARD_EXPIRY = of(2026, 6, 15);

  // a national born 1980-06-15 with a card issued 2016-06-20: the 10th birthday after issue is
  // CARD_EXPIRY
  private static final LocalDate BORN = of(1980, 6, 15);
  private static final LocalDate ISSUED = of(2016, 6, 20);
  // a foreign resident born 1995-08-01 with a card issued 2024-04-10: the birthday rule gives
  // 2033-08-01, so a card ending earlier ends with a period of stay
  private static final LocalDate FOREIGN_BORN = of(1995, 8, 1);
  private static final LocalDate FOREIGN_ISSUED = of(2024, 4, 10);

  private final NoticePlanner planner = new NoticePlanner(ValidityRules.standard());

  private static ResidentState resident(
      ResidentStatus status,
      String nationality,
      String residenceStatus,
      LocalDate stayExpiresOn,
      CardStatus cardStatus,
      LocalDate cardExpiresOn) {
    return resident(
        status,
        nationality,
        residenceStatus,
        stayExpiresOn,
        cardStatus,
        new ExpiryDates(cardExpiresOn, cardExpiresOn));
  }

  private static ResidentState resident(
      ResidentStatus status,
      String nationality,
      String residenceStatus,
      LocalDate stayExpiresOn,
      CardStatus cardStatus,
      ExpiryDates cardDates) {
    boolean national = "JP".equals(nationality);
    return new ResidentState(
        "R0001",
        status,
        "山田",
        "太郎",
        "ja",
        "100-0001",
        "東京都千代田区千代田1-1",
        national ? BORN : FOREIGN_BORN,
        nationality,
        residenceStatus,
        stayExpiresOn,
        new CardState(
            CARD_ID, cardStatus, null, national ? ISSUED : FOREIGN_ISSUED, cardDates, USER, SIGN));
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
        USER, new CertificateState(USER, userStatus, new ExpiryDates(user, user)),
        SIGN, new CertificateState(SIGN, CertificateStatus.ACTIVE, new ExpiryDates(sign, sign)));
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
    assertEquals(
        List.of(
            new PlannedNotice(
                card(CARD_EXPIRY, 3), ItemKind.CARD, new ExpiryDates(CARD_EXPIRY, CARD_EXPIRY))),
        plan.notices());
    assertEquals(0, plan.datesDiffer());
    assertEquals(Map.of(ItemKind.CARD, 1), plan.itemsByKind());
    assertEquals(Map.of(), plan.skipped());
  }

  @Test
  void cardEndingWithAPeriodOfStayNotYetRenewedIsAStayItemWithOnlyTheStayDateFilled() {
    ResidentState student = foreign("STUDENT", CARD_EXPIRY, CARD_EXPIRY);

    NoticePlan plan = plan(student, certificatesWithTheCard(), card(CARD_EXPIRY, 3));

    assertEquals(ItemKind.STAY, plan.notices().get(0).kind());
    assertEquals(Map.of(ItemKind.STAY, 1), plan.itemsByKind());
    assertEquals(CARD_EXPIRY, plan.letter().stayExpiresOn());
    assertNull(plan.letter().cardExpiresOn());
    assertEquals(StayCase.NOT_YET_RENEWED, plan.letter().stayCase());
    assertNull(plan.letter().stayNowEndsOn());
    assertNull(plan.letter().renewalOpensOn(), "a STAY item has no renewal window");
  }

  @Test
  void stayAlreadyRenewedIsStillAStayItemForTheCardsOwnDateNamingTheNewStayEnd() {
    // the registry holds the renewed stay end; the card keeps the old one
    ResidentState renewed = foreign("ENGINEER", of(2029, 6, 15), CARD_EXPIRY);

    NoticePlan plan = plan(renewed, certificatesWithTheCard(), card(CARD_EXPIRY, 3));

    assertEquals(Map.of(ItemKind.STAY, 1), plan.itemsByKind());
    assertEquals(CARD_EXPIRY, plan.letter().stayExpiresOn());
    assertEquals(StayCase.RENEWED, plan.letter().stayCase());
    assertEquals(of(2029, 6, 15), plan.letter().stayNowEndsOn());
  }

  @Test
  void statusChangedToOneWithoutAPeriodOfStayIsAStayItemForTheValidityChange() {
    ResidentState permanent = foreign("PERMANENT_RESIDENT", null, CARD_EXPIRY);

    NoticePlan plan = plan(permanent, certificatesWithTheCard(), card(CARD_EXPIRY, 3));

    assertEquals(Map.of(ItemKind.STAY, 1), plan.itemsByKind());
    assertEquals(StayCase.STATUS_WITHOUT_PERIOD, plan.letter().stayCase());
    assertNull(plan.letter().stayNowEndsOn());
  }

  @Test
  void stayEndingOnTheTenthBirthdayItselfIsACardItem() {
    LocalDate tenth = of(2033, 8, 1);
    ResidentState r = foreign("ENGINEER", tenth, tenth);

    NoticePlan plan = plan(r, certificates(tenth, tenth, CertificateStatus.ACTIVE), card(tenth, 3));

    assertEquals(Map.of(ItemKind.CARD, 1), plan.itemsByKind());
    assertEquals(tenth, plan.letter().cardExpiresOn());
    assertNull(plan.letter().stayExpiresOn());
    assertNull(plan.letter().stayCase());
  }

  @Test
  void permanentResidentsCardEndingOnTheBirthdayRulesDateIsACardItem() {
    LocalDate tenth = of(2033, 8, 1);
    ResidentState permanent = foreign("PERMANENT_RESIDENT", null, tenth);

    NoticePlan plan =
        plan(permanent, certificates(tenth, tenth, CertificateStatus.ACTIVE), card(tenth, 3));

    assertEquals(ItemKind.CARD, plan.notices().get(0).kind());
    assertEquals(tenth, plan.letter().cardExpiresOn());
  }

  @Test
  void oneYearTooLongCardIsToldOnTheComputedDateAndCountedForTheClerk() {
    // recorded 2027-06-15, the rules give 2026-06-15: selected and told on the earlier
    ResidentState r =
        resident(
            ResidentStatus.RESIDENT,
            "JP",
            null,
            null,
            CardStatus.ACTIVE,
            new ExpiryDates(of(2027, 6, 15), CARD_EXPIRY));

    NoticePlan plan = plan(r, certificatesWithTheCard(), card(CARD_EXPIRY, 3));

    assertEquals(CARD_EXPIRY, plan.letter().cardExpiresOn());
    assertEquals(of(2026, 3, 16), plan.letter().renewalOpensOn());
    assertEquals(1, plan.datesDiffer());
    assertEquals(new ExpiryDates(of(2027, 6, 15), CARD_EXPIRY), plan.notices().get(0).dates());
  }

  @Test
  void stayLetterWithAnEarlierCertificateOpensTheCertificatesWindowOnly() {
    LocalDate user = of(2026, 4, 30);
    ResidentState student = foreign("STUDENT", CARD_EXPIRY, CARD_EXPIRY);

    NoticePlan plan =
        plan(
            student,
            certificates(user, CARD_EXPIRY, CertificateStatus.ACTIVE),
            card(CARD_EXPIRY, 3),
            cert(USER, user));

    assertEquals(user, plan.letter().earliestExpiresOn());
    assertEquals(of(2026, 2, 1), plan.letter().renewalOpensOn());
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
  void anExpiredCardThatWasRenewedGetsNoReminder() {
    DueItem oldCard = new DueItem(ItemType.CARD, "C0000", CARD_EXPIRY, -1);

    NoticePlan plan = plan(national(), certificatesWithTheCard(), oldCard);

    assertNoLetter(plan);
    assertEquals(Map.of(SkipReason.RENEWED, 1), plan.skipped());
  }

  @ParameterizedTest
  @EnumSource(
      value = CardStatus.class,
      names = {"SUSPENDED", "ABOLISHED"})
  void anExpiredCardSuspendedOrAbolishedGetsNoReminder(CardStatus status) {
    NoticePlan plan =
        plan(
            national(ResidentStatus.RESIDENT, status),
            certificatesWithTheCard(),
            card(CARD_EXPIRY, -1));

    assertNoLetter(plan);
    assertEquals(Map.of(SkipReason.valueOf(status.name()), 1), plan.skipped());
  }

  @Test
  void anExpiredCardStillCurrentAndActiveIsRemindedAndItsLetterHasNoWindowToWaitFor() {
    NoticePlan plan = plan(national(), certificatesWithTheCard(), card(CARD_EXPIRY, -1));

    assertEquals(CARD_EXPIRY, plan.letter().cardExpiresOn());
    assertNull(plan.letter().renewalOpensOn(), "an expired card is renewed at once");
    assertEquals(-1, plan.notices().get(0).item().leadMonths());
  }

  @Test
  void aLetterOfACardAheadAndACertificateExpiredOpensWithTheCardsWindow() {
    LocalDate cardAhead = of(2026, 9, 15);
    LocalDate userExpired = of(2026, 3, 1);
    ResidentState r =
        resident(ResidentStatus.RESIDENT, "JP", null, null, CardStatus.ACTIVE, cardAhead);

    NoticePlan plan =
        plan(
            r,
            certificates(userExpired, cardAhead, CertificateStatus.ACTIVE),
            card(cardAhead, 3),
            new DueItem(ItemType.CERT, USER, userExpired, -1));

    assertEquals(cardAhead, plan.letter().cardExpiresOn());
    assertEquals(userExpired, plan.letter().userCertExpiresOn());
    assertEquals(userExpired, plan.letter().earliestExpiresOn());
    assertEquals(of(2026, 6, 16), plan.letter().renewalOpensOn(), "the card's, not the past one's");
    assertEquals(Map.of(ItemKind.CARD, 1, ItemKind.USER_CERT, 1), plan.itemsByKind());
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
  void renewalOpensOnceLessThanThreeMonthsRemainUntilTheEarliestExpiry() {
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
    // 2026-05-31: from 03-01 to 05-31 is three months, from 03-02 less (Civil Code art. 143)
    assertEquals(of(2026, 3, 1), plan.letter().renewalOpensOn());
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
