package jp.mynacard.export;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportLayoutTest {
  private static LetterRow cardOnly() {
    return new LetterRow(
        "L20260401-7-R0001",
        "ja",
        "100-0001",
        "東京都千代田区千代田1-1",
        "山田 太郎",
        of(2026, 5, 31),
        null,
        null,
        null,
        of(2026, 5, 31),
        of(2026, 2, 28),
        null,
        null,
        of(2026, 4, 1));
  }

  @Test
  void headerIsExactlyTheVendorLayoutVersionFour() {
    assertArrayEquals(
        new String[] {
          "letter_id",
          "language",
          "postal_code",
          "address",
          "addressee",
          "card_expires_on",
          "user_cert_expires_on",
          "sign_cert_expires_on",
          "stay_expires_on",
          "renewal_opens_on",
          "expires_on_wareki",
          "notice_type"
        },
        ExportLayout.HEADER);
    assertEquals("4", ExportLayout.VERSION);
  }

  @Test
  void valuesFollowTheHeaderWithIsoDates() {
    assertArrayEquals(
        new String[] {
          "L20260401-7-R0001",
          "ja",
          "100-0001",
          "東京都千代田区千代田1-1",
          "山田 太郎",
          "2026-05-31",
          "",
          "",
          "",
          "2026-02-28",
          "令和8年5月31日",
          "BEFORE_EXPIRY"
        },
        ExportLayout.values(cardOnly()));
  }

  @Test
  void itemColumnIsEmptyWhenTheItemIsNotInTheLetter() {
    LetterRow stayOnly =
        new LetterRow(
            "L1",
            "vi",
            "100-0001",
            "a",
            "b",
            null,
            null,
            null,
            of(2026, 6, 1),
            of(2026, 6, 1),
            of(2026, 3, 1),
            null,
            null,
            of(2026, 4, 1));

    String[] v = ExportLayout.values(stayOnly);

    assertEquals("", v[5]);
    assertEquals("", v[6]);
    assertEquals("", v[7]);
    assertEquals("2026-06-01", v[8]);
  }

  @Test
  void expiresOnWarekiIsTheEarliestExpiryInEraForm() {
    LetterRow cardAndCertificates =
        new LetterRow(
            "L1",
            "ja",
            "100-0001",
            "a",
            "b",
            of(2026, 6, 15),
            of(2026, 2, 28),
            of(2026, 3, 10),
            null,
            of(2026, 2, 28),
            of(2025, 11, 28),
            null,
            null,
            of(2025, 12, 1));

    String[] v = ExportLayout.values(cardAndCertificates);

    assertEquals("2026-02-28", v[6]);
    assertEquals("2026-03-10", v[7]);
    assertEquals("令和8年2月28日", v[10]);
  }

  @Test
  void aLetterOfExpiredItemsOnlyIsAnAfterExpiryNoticeWithoutAWindowToWaitFor() {
    LetterRow reminder =
        new LetterRow(
            "L20270228-9-R1",
            "ja",
            "100-0001",
            "a",
            "b",
            of(2027, 1, 31),
            null,
            null,
            null,
            of(2027, 1, 31),
            null,
            null,
            null,
            of(2027, 2, 28));

    String[] v = ExportLayout.values(reminder);

    assertEquals("2027-01-31", v[5]);
    assertEquals("", v[9], "renewal_opens_on: an expired card is renewed at once");
    assertEquals("令和9年1月31日", v[10]);
    assertEquals("AFTER_EXPIRY", v[11]);
  }

  @Test
  void aCardAheadAndACertificateExpiredInOneLetterAreBeforeAndAfterExpiry() {
    // the card expires in three months, the user certificate expired a month ago
    LetterRow both =
        new LetterRow(
            "L20270301-9-R1",
            "en",
            "100-0001",
            "a",
            "b",
            of(2027, 6, 1),
            of(2027, 2, 1),
            null,
            null,
            of(2027, 2, 1),
            of(2027, 3, 2),
            null,
            null,
            of(2027, 3, 1));

    String[] v = ExportLayout.values(both);

    assertEquals("2027-06-01", v[5]);
    assertEquals("2027-02-01", v[6]);
    assertEquals("2027-03-02", v[9], "the card's window: the expired certificate has none left");
    assertEquals("令和9年2月1日", v[10], "the earliest expiry, the expired one");
    assertEquals("BEFORE_AND_AFTER_EXPIRY", v[11]);
  }

  @Test
  void anItemExpiringOnTheNightOfTheLetterIsStillAhead() {
    LetterRow today =
        new LetterRow(
            "L1",
            "ja",
            "1",
            "a",
            "b",
            of(2027, 3, 1),
            null,
            null,
            null,
            of(2027, 3, 1),
            of(2026, 12, 2),
            null,
            null,
            of(2027, 3, 1));

    assertEquals("BEFORE_EXPIRY", ExportLayout.values(today)[11]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
  void aCellAFormulaCouldStartWithGetsAnApostropheInFront(String name) {
    assertEquals("'" + name, ExportLayout.neutralised(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"山田 太郎", "O'Brien", "1-1-1 Chuo", "", "L1"})
  void anyOtherCellIsWrittenAsItIs(String cell) {
    assertEquals(cell, ExportLayout.neutralised(cell));
  }

  @Test
  void aFormulaInANameOrAddressIsNeutralisedInTheRow() {
    LetterRow row =
        new LetterRow(
            "L1",
            "ja",
            "100-0001",
            "=cmd|' /C calc'!A0",
            "@SUM(1+1)",
            of(2026, 5, 31),
            null,
            null,
            null,
            of(2026, 5, 31),
            of(2026, 3, 1),
            null,
            null,
            of(2026, 4, 1));

    String[] v = ExportLayout.values(row);

    assertEquals("'=cmd|' /C calc'!A0", v[3]);
    assertEquals("'@SUM(1+1)", v[4]);
  }
}
