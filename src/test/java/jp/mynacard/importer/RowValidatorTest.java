package jp.mynacard.importer;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.mynacard.testing.RegistryRows;
import jp.mynacard.testing.TestNumbers;
import jp.mynacard.validity.ValidityRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowValidatorTest {
  private static final LocalDate TODAY = of(2026, 4, 1);
  private static final long LINE = 7;

  private final RowValidator validator =
      new RowValidator(
          ValidityRules.standard(),
          (number, residentId) -> new ProtectedNumber("ab".repeat(32), "sealed:" + residentId));

  private static RegistryRows row() {
    return RegistryRows.national("R0001", 1);
  }

  private static RegistryRows foreign(String status, String stayExpiresOn) {
    return row()
        .set("nationality", "VN")
        .set("language", "vi")
        .set("residence_status", status)
        .set("stay_expires_on", stayExpiresOn);
  }

  private RowOutcome validate(RegistryRows row) {
    return validator.validate(SourceRow.readable(LINE, row.values()), TODAY);
  }

  private ImportRow accepted(RegistryRows row) {
    RowOutcome outcome = validate(row);
    assertTrue(
        outcome.isAccepted(),
        () -> "rejected: " + outcome.rejected().column() + " " + outcome.rejected().reason());
    return outcome.accepted();
  }

  /** Rejected on {@code column}; the rejection never repeats the row's Individual Number. */
  private Rejection rejected(RegistryRows row, String column) {
    RowOutcome outcome = validate(row);
    assertFalse(outcome.isAccepted(), () -> "accepted, expected a rejection on " + column);
    Rejection r = outcome.rejected();
    assertEquals(column, r.column(), r.reason());
    assertEquals(LINE, r.line());
    assertNoNumber(row.get("individual_number"), r);
    return r;
  }

  private static void assertNoNumber(String number, Rejection r) {
    assertFalse(r.reason().contains(number), r.reason());
    assertFalse(r.residentId().contains(number), r.residentId());
  }

  @Test
  void defaultRowIsAcceptedWithoutAnomalies() {
    ImportRow r = accepted(row());
    assertEquals(List.of(), r.anomalies());
    assertEquals("R0001", r.residentId());
    assertEquals(LINE, r.line());
    assertEquals(of(2030, 6, 15), r.card().expiresOn());
    assertEquals(of(2025, 6, 15), r.userCert().expiresOn());
    assertEquals(of(2025, 6, 15), r.signCert().expiresOn());
    assertEquals("sealed:R0001", r.number().sealed());
  }

  @Test
  void unreadableRowIsRejectedWithItsReasonForTheWholeRow() {
    RowOutcome o = validator.validate(SourceRow.unreadable(9, "has 3 fields"), TODAY);
    assertEquals(new Rejection(9, "", "", "has 3 fields"), o.rejected());
  }

  @Test
  void wrongCheckDigitRejectsTheIndividualNumber() {
    RegistryRows r = row().set("individual_number", TestNumbers.wrongCheckDigit(1));
    assertTrue(rejected(r, "individual_number").reason().contains("check digit"));
  }

  @Test
  void elevenDigitNumberIsRejectedWithoutEchoingIt() {
    String eleven = TestNumbers.valid(1).substring(0, 11);
    Rejection r = rejected(row().set("individual_number", eleven), "individual_number");
    assertFalse(r.reason().contains(eleven), r.reason());
  }

  @Test
  void impossibleDateIsRejectedOnItsColumn() {
    rejected(row().set("birth_date", "2023-02-29"), "birth_date");
    rejected(row().set("card_issued_on", "2023-02-29"), "card_issued_on");
  }

  @ParameterizedTest
  @ValueSource(strings = {"family_name", "birth_date"})
  void emptyRequiredFieldIsRejectedOnItsColumn(String column) {
    assertTrue(rejected(row().set(column, ""), column).reason().contains("required"));
  }

  @Test
  void cardIssueDateIsRequiredWhenTheRowHasACard() {
    rejected(row().set("card_issued_on", ""), "card_issued_on");
  }

  @Test
  void addressOfTwentyThousandCharactersIsRejected() {
    assertTrue(
        rejected(row().set("address", "あ".repeat(20_000)), "address")
            .reason()
            .contains("longer than"));
  }

  @Test
  void tabInANameIsRejectedAsAControlCharacter() {
    assertTrue(
        rejected(row().set("given_name", "花\t子"), "given_name")
            .reason()
            .contains("control character"));
  }

  @Test
  void sexOtherThanMOrFIsRejected() {
    rejected(row().set("sex", "X"), "sex");
  }

  @Test
  void unknownNationalityCodeIsRejected() {
    rejected(foreign("STUDENT", "2027-03-31").set("nationality", "QQ"), "nationality");
  }

  @Test
  void residenceStatusOnAJapaneseNationalIsRejected() {
    rejected(row().set("residence_status", "PERMANENT_RESIDENT"), "residence_status");
  }

  @Test
  void foreignResidentWithoutResidenceStatusIsRejected() {
    rejected(foreign("", ""), "residence_status");
  }

  @Test
  void studentWithoutStayExpiryIsRejected() {
    rejected(foreign("STUDENT", ""), "stay_expires_on");
  }

  @Test
  void permanentResidentNeedsNoStayExpiry() {
    ImportRow r = accepted(foreign("PERMANENT_RESIDENT", ""));
    assertEquals("PERMANENT_RESIDENT", r.resident().residenceStatus());
    assertEquals(of(2030, 6, 15), r.card().computedExpiresOn());
  }

  @Test
  void unknownLanguageIsRejected() {
    rejected(row().set("language", "fr"), "language");
  }

  @Test
  void malformedEmailIsRejected() {
    rejected(row().set("email", "hanako.example.jp"), "email");
  }

  @Test
  void postalCodeOfSixDigitsIsRejected() {
    rejected(row().set("postal_code", "305-003"), "postal_code");
  }

  @Test
  void cardColumnsWithoutCardIdAreRejected() {
    Rejection r = rejected(row().set("card_id", ""), "card_application_received_on");
    assertTrue(r.reason().contains("card_id is empty"), r.reason());
  }

  @Test
  void certificateColumnsWithoutCardIdAreRejected() {
    RegistryRows r = row().withoutCard().set("user_cert_serial", "0A");
    rejected(r, "user_cert_serial");
  }

  @Test
  void certificateIssuedBeforeTheCardIsRejected() {
    rejected(row().set("user_cert_issued_on", "2020-06-30"), "user_cert_issued_on");
  }

  @Test
  void cardIssuedInTheFutureIsRejected() {
    assertTrue(
        rejected(row().set("card_issued_on", "2026-04-02"), "card_issued_on")
            .reason()
            .contains("future"));
  }

  @Test
  void birthAfterTodayIsRejected() {
    rejected(row().set("birth_date", "2026-04-02"), "birth_date");
  }

  @Test
  void residentIdHoldingAnIndividualNumberIsRejectedWithoutAResidentId() {
    RegistryRows row = row().set("resident_id", TestNumbers.valid(1));
    Rejection r = rejected(row, "resident_id");
    assertEquals("", r.residentId());
  }

  @Test
  void rejectionCarriesTheResidentIdWhenItWasRead() {
    assertEquals("R0001", rejected(row().set("sex", "X"), "sex").residentId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"user_cert_serial", "sign_cert_serial"})
  void serialThatIsNotHexadecimalIsRejected(String column) {
    rejected(row().set(column, "12G4"), column);
  }

  @ParameterizedTest
  @EnumSource(RegistryColumn.class)
  void individualNumberInAnyColumnIsNeverRepeatedInARejection(RegistryColumn column) {
    String number = row().get("individual_number");
    RowOutcome o = validate(row().set(column.header(), number));
    if (!o.isAccepted()) {
      assertNoNumber(number, o.rejected());
    }
    if (column.header().endsWith("_on") || column == RegistryColumn.BIRTH_DATE) {
      assertFalse(o.isAccepted(), "a date column filled with the number");
      assertEquals(column.header(), o.rejected().column());
    }
  }

  @Test
  void cardExpiryRecordedOneYearTooLongIsAnAnomalyAndTheRowIsAccepted() {
    ImportRow r = accepted(row().set("card_expires_on", "2031-06-15"));
    assertEquals(1, r.anomalies().size());
    Anomaly a = r.anomalies().get(0);
    assertEquals("card_expires_on", a.column());
    assertEquals("2031-06-15", a.recorded());
    assertEquals("2030-06-15", a.expected());
    assertEquals(LINE, a.line());
    assertEquals("R0001", a.residentId());
    assertEquals(of(2031, 6, 15), r.card().expiresOn());
    assertEquals(of(2030, 6, 15), r.card().computedExpiresOn());
  }

  @Test
  void certificateRecordedOnTheSixthBirthdayIsLeftForTheRegistryToConfirmAndComputedOnTheFifth() {
    RegistryRows row =
        row()
            .set("card_application_received_on", "2024-06-01")
            .set("card_issued_on", "2024-07-01")
            .set("card_expires_on", "2034-06-15")
            .set("user_cert_issued_on", "2025-05-01")
            .set("user_cert_expires_on", "2030-06-15")
            .set("sign_cert_issued_on", "2025-05-01")
            .set("sign_cert_expires_on", "2030-06-15");
    ImportRow r = accepted(row);
    // no anomaly yet: whether the registry holds the replaced certificate is decided at the merge
    assertEquals(List.of(), r.anomalies());
    assertEquals(of(2030, 6, 15), r.userCert().sixthBirthday());
    assertEquals(of(2029, 6, 15), r.userCert().computedExpiresOn());
    assertEquals(of(2030, 6, 15), r.userCert().expiresOn());
    assertEquals(of(2029, 6, 15), r.userCert().effectiveExpiresOn());
    assertEquals(of(2030, 6, 15), r.signCert().sixthBirthday());
    assertEquals(of(2029, 6, 15), r.signCert().computedExpiresOn());
  }

  @Test
  void missingApplicationDateOfAnEighteenYearOldFromApril2022IsAnAnomalyAndTheShorterDateIsKept() {
    // born 2006-06-15, issued 2024-07-01 at 18: 5 or 10 years depending on the application date
    RegistryRows row =
        row()
            .set("birth_date", "2006-06-15")
            .set("card_application_received_on", "")
            .set("card_issued_on", "2024-07-01")
            .set("card_expires_on", "")
            .set("user_cert_issued_on", "2024-07-01")
            .set("user_cert_expires_on", "")
            .set("sign_cert_issued_on", "2024-07-01")
            .set("sign_cert_expires_on", "");
    ImportRow r = accepted(row);
    assertEquals(1, r.anomalies().size(), r.anomalies().toString());
    Anomaly a = r.anomalies().get(0);
    assertEquals("card_application_received_on", a.column());
    assertTrue(a.note().contains("2029-06-15"), a.note());
    assertEquals(of(2029, 6, 15), r.card().computedExpiresOn());
    assertEquals(of(2029, 6, 15), r.card().effectiveExpiresOn());
  }

  @Test
  void tenYearCardOfAnEighteenYearOldWithoutApplicationDateIsToldOnTheFifthBirthday() {
    RegistryRows row =
        row()
            .set("birth_date", "2006-06-15")
            .set("card_application_received_on", "")
            .set("card_issued_on", "2024-07-01")
            .set("card_expires_on", "2034-06-15")
            .set("user_cert_issued_on", "2024-07-01")
            .set("user_cert_expires_on", "")
            .set("sign_cert_issued_on", "2024-07-01")
            .set("sign_cert_expires_on", "");
    ImportRow r = accepted(row);
    assertEquals(
        List.of("card_application_received_on", "card_expires_on"),
        r.anomalies().stream().map(Anomaly::column).toList());
    assertEquals(of(2034, 6, 15), r.card().expiresOn());
    assertEquals(of(2029, 6, 15), r.card().effectiveExpiresOn());
  }

  @Test
  void oneYearTooLongCardIsToldOnTheComputedDateAndItsCertificatesComputedAgainstIt() {
    RegistryRows row =
        row()
            .set("card_application_received_on", "2024-06-01")
            .set("card_issued_on", "2024-07-01")
            .set("card_expires_on", "2035-06-15")
            .set("user_cert_issued_on", "2024-07-01")
            .set("user_cert_expires_on", "")
            .set("sign_cert_issued_on", "2024-07-01")
            .set("sign_cert_expires_on", "");
    ImportRow r = accepted(row);
    assertEquals(of(2035, 6, 15), r.card().expiresOn());
    assertEquals(of(2034, 6, 15), r.card().effectiveExpiresOn());
    assertTrue(
        r.anomalies().get(0).note().endsWith("told on 2034-06-15"), r.anomalies().toString());
  }

  @Test
  void stayThatEndedBeforeTheCardWasIssuedIsARejectedRow() {
    RegistryRows row =
        row()
            .set("nationality", "VN")
            .set("residence_status", "STUDENT")
            .set("stay_expires_on", "2024-06-30")
            .set("card_application_received_on", "2024-06-01")
            .set("card_issued_on", "2024-07-01")
            .set("card_expires_on", "")
            .set("user_cert_issued_on", "2024-07-01")
            .set("user_cert_expires_on", "")
            .set("sign_cert_issued_on", "2024-07-01")
            .set("sign_cert_expires_on", "");
    Rejection rejection = rejected(row, "stay_expires_on");
    assertEquals("ended before card_issued_on 2024-07-01", rejection.reason());
  }

  @Test
  void foreignCardEndingOnAnEarlierStayThatWasSinceRenewedIsNoAnomaly() {
    // the card was issued for a stay ending 2026-03-31; the stay now ends 2029-03-31
    RegistryRows row =
        row()
            .set("birth_date", "1995-08-01")
            .set("nationality", "VN")
            .set("residence_status", "ENGINEER")
            .set("stay_expires_on", "2029-03-31")
            .set("card_application_received_on", "2024-03-01")
            .set("card_issued_on", "2024-04-10")
            .set("card_expires_on", "2026-03-31")
            .set("user_cert_issued_on", "2024-04-10")
            .set("user_cert_expires_on", "2026-03-31")
            .set("sign_cert_issued_on", "2024-04-10")
            .set("sign_cert_expires_on", "2026-03-31");
    ImportRow r = accepted(row);
    assertEquals(List.of(), r.anomalies());
    assertEquals(of(2026, 3, 31), r.card().computedExpiresOn());
    assertEquals(of(2026, 3, 31), r.userCert().computedExpiresOn());
  }

  @Test
  void foreignCardRecordedLaterThanTheCurrentStayEndIsToldOnTheStayEnd() {
    RegistryRows row =
        row()
            .set("birth_date", "1995-08-01")
            .set("nationality", "VN")
            .set("residence_status", "STUDENT")
            .set("stay_expires_on", "2026-03-31")
            .set("card_application_received_on", "2024-03-01")
            .set("card_issued_on", "2024-04-10")
            .set("card_expires_on", "2027-03-31")
            .set("user_cert_issued_on", "2024-04-10")
            .set("user_cert_expires_on", "")
            .set("sign_cert_issued_on", "2024-04-10")
            .set("sign_cert_expires_on", "");
    ImportRow r = accepted(row);
    assertEquals("card_expires_on", r.anomalies().get(0).column());
    assertEquals(of(2026, 3, 31), r.card().effectiveExpiresOn());
  }

  @Test
  void signatureCertificateIssuedBeforeTheFifteenthBirthdayIsAnAnomaly() {
    RegistryRows row = row().set("birth_date", "2012-06-15").set("card_expires_on", "2025-06-15");
    ImportRow r = accepted(row);
    assertEquals(1, r.anomalies().size(), r.anomalies().toString());
    assertEquals("sign_cert_issued_on", r.anomalies().get(0).column());
    assertEquals("2020-07-01", r.anomalies().get(0).recorded());
  }

  @Test
  void emailConsentWithoutEmailIsAnAnomaly() {
    ImportRow r = accepted(row().set("email_consent", "true"));
    assertEquals(1, r.anomalies().size());
    assertEquals("email_consent", r.anomalies().get(0).column());
    assertTrue(r.resident().emailConsent());
    assertNull(r.resident().email());
  }

  @Test
  void foreignStudentWhoseStayEndsFirstGetsTheStayEndAsCardExpiry() {
    RegistryRows row =
        foreign("STUDENT", "2024-03-31")
            .set("card_expires_on", "")
            .set("user_cert_expires_on", "")
            .set("sign_cert_expires_on", "");
    ImportRow r = accepted(row);
    assertEquals(List.of(), r.anomalies());
    assertEquals(of(2024, 3, 31), r.card().expiresOn());
    assertEquals(of(2024, 3, 31), r.userCert().expiresOn());
    assertEquals(of(2024, 3, 31), r.signCert().expiresOn());
  }

  @Test
  void emptyCardExpiryStoresTheComputedDate() {
    ImportRow r = accepted(row().set("card_expires_on", ""));
    assertEquals(List.of(), r.anomalies());
    assertEquals(of(2030, 6, 15), r.card().expiresOn());
    assertEquals(of(2030, 6, 15), r.card().computedExpiresOn());
  }

  @Test
  void rowWithoutCardIsAcceptedWithoutCardOrCertificates() {
    ImportRow r = accepted(row().withoutCard());
    assertNull(r.card());
    assertNull(r.userCert());
    assertNull(r.signCert());
  }

  @Test
  void postalCodeWithoutHyphenIsNormalized() {
    assertEquals("305-0032", accepted(row().set("postal_code", "3050032")).resident().postalCode());
  }

  @Test
  void opensslSerialIsStoredInCanonicalForm() {
    assertEquals("0A", accepted(row().set("user_cert_serial", "serial=0a")).userCert().serial());
  }

  /** Issue 11: names and addresses with invisible or layout characters are refused by column. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "family_name|山田\u202E|U+202E (RIGHT-TO-LEFT OVERRIDE) at character 3",
        "given_name|花\u200B子|U+200B (ZERO WIDTH SPACE) at character 2",
        "address|みらい市\u2028中央|U+2028 (LINE SEPARATOR) at character 5",
        "family_name_kana|ヤマダ\uE000|U+E000 (PRIVATE USE AREA E000) at character 4",
        "given_name_kana|ハナコ\uFFFF|U+FFFF at character 4",
        "address|中央\u0378|U+0378 at character 3",
        "address|\u2066中央\u2069|U+2066 (LEFT-TO-RIGHT ISOLATE) at character 1"
      })
  void aNameOrAddressWithAnInvisibleOrLayoutCharacterIsRejectedWithItsColumn(
      String column, String value, String where) {
    Rejection r = rejected(row().set(column, unescape(value)), column);
    assertTrue(
        r.reason().startsWith("holds an invisible or layout character " + where), r.reason());
  }

  @Test
  void aKanjiWithAVariationSelectorIsAVisibleName() {
    ImportRow r = accepted(row().set("family_name", "\u845B\uDB40\uDD00城"));
    assertEquals("\u845B\uDB40\uDD00城", r.resident().familyName());
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }
}
