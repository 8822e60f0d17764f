package jp.mynacard.returned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A row of a returned-letters list on its own: what a careless list may and may not say. */
class ReturnRowRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
  private static final String LETTER = "L20260401-17-R0001";

  private static ReturnRowRules.Checked check(String letterId, String returnedOn, String reason) {
    return ReturnRowRules.check(
        ReturnLine.readable(7, new String[] {letterId, returnedOn, reason}), TODAY);
  }

  private static ReturnRejection rejected(String letterId, String returnedOn, String reason) {
    ReturnRowRules.Checked c = check(letterId, returnedOn, reason);
    assertFalse(c.accepted(), "should be rejected: " + c);
    return c.rejection();
  }

  @Test
  void aWellFormedRowIsTaken() {
    ReturnedRow row = check(LETTER, "2026-05-01", "MOVED").row();

    assertEquals(new ReturnedRow(7, LETTER, LocalDate.of(2026, 5, 1), ReturnReason.MOVED), row);
  }

  @Test
  void blanksAroundValuesAndALowerCaseReasonAreTaken() {
    ReturnedRow row = check("  " + LETTER + " ", " 2026-05-01\t", " address_unknown  ").row();

    assertEquals(LETTER, row.letterId());
    assertEquals(ReturnReason.ADDRESS_UNKNOWN, row.reason());
  }

  @Test
  void aLetterMayComeBackTheSameDay() {
    assertTrue(check(LETTER, TODAY.toString(), "REFUSED").accepted());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2026/05/01", "2026-5-1", "20260501", "01-05-2026", "令和8年5月1日", "２０２６-０５-０１"})
  void aDateNotWrittenYearMonthDayWithHyphensIsRejectedSayingHow(String date) {
    ReturnRejection r = rejected(LETTER, date, "MOVED");

    assertEquals("returned_on", r.column());
    assertTrue(r.reason().startsWith("must be a date yyyy-MM-dd, as 2026-05-01"), r.reason());
    assertEquals(LETTER, r.letterId(), "the well-formed letter id locates the row");
  }

  @Test
  void aDayThatIsNotInTheCalendarIsRejected() {
    ReturnRejection r = rejected(LETTER, "2026-02-30", "MOVED");

    assertEquals("returned_on", r.column());
    assertEquals("is no day of the calendar: '2026-02-30'", r.reason());
  }

  @Test
  void aReturnAfterTodayIsRejected() {
    ReturnRejection r = rejected(LETTER, "2026-05-21", "MOVED");

    assertEquals("returned_on", r.column());
    assertTrue(r.reason().startsWith("is after today (2026-05-20)"), r.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GONE", "ADDRESS UNKNOWN", "address-unknown", "宛所不明"})
  void anUnknownReasonIsRejectedNamingTheFourReasons(String reason) {
    ReturnRejection r = rejected(LETTER, "2026-05-01", reason);

    assertEquals("reason", r.column());
    assertTrue(
        r.reason().startsWith("must be one of ADDRESS_UNKNOWN, REFUSED, MOVED, OTHER: "),
        r.reason());
  }

  @Test
  void eachColumnIsRequired() {
    assertEquals("letter_id", rejected("", "2026-05-01", "MOVED").column());
    assertEquals("returned_on", rejected(LETTER, " ", "MOVED").column());
    assertEquals("reason", rejected(LETTER, "2026-05-01", "").column());
    assertEquals("is required", rejected(LETTER, "2026-05-01", "").reason());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"20260401-17-R0001", "L2026041-17-R0001", "L20260401-17-", "l20260401-17-R1"})
  void somethingElseThanOurLetterIdIsRejectedAndNotRepeatedAsTheLetterId(String id) {
    ReturnRejection r = rejected(id, "2026-05-01", "MOVED");

    assertEquals("letter_id", r.column());
    assertTrue(r.reason().startsWith("is no letter id of ours"), r.reason());
    assertEquals("", r.letterId());
  }

  @Test
  void anOverlongLetterIdIsRejected() {
    String id = "L20260401-17-" + "R".repeat(60);

    assertEquals("letter_id", rejected(id, "2026-05-01", "MOVED").column());
  }

  @Test
  void anIndividualNumberInAnyColumnIsNeverRepeated() {
    ReturnRejection inReason = rejected(LETTER, "2026-05-01", "123456789018");
    ReturnRejection inLetterId = rejected("123456789018", "2026-05-01", "MOVED");
    ReturnRejection inDate = rejected(LETTER, "1234-5678-9018", "MOVED");

    for (ReturnRejection r : new ReturnRejection[] {inReason, inLetterId, inDate}) {
      assertFalse(r.reason().contains("123456789018"), r.reason());
      assertFalse(r.reason().contains("1234-5678-9018"), r.reason());
      assertFalse(r.letterId().contains("123456789018"), r.letterId());
    }
  }

  @Test
  void aLongValueIsCutInTheReason() {
    ReturnRejection r = rejected(LETTER, "2026-05-01", "X".repeat(5000));

    assertTrue(r.reason().length() < 120, r.reason());
  }

  @Test
  void anUnreadableLineIsRejectedForTheWholeRow() {
    ReturnRowRules.Checked c =
        ReturnRowRules.check(ReturnLine.unreadable(9, "has 4 fields; the header has 3"), TODAY);

    assertNull(c.row());
    assertEquals(new ReturnRejection(9, "", "", "has 4 fields; the header has 3"), c.rejection());
  }
}
