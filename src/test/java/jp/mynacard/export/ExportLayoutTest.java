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
        null);
  }

  @Test
  void headerIsExactlyTheVendorLayoutVersionOne() {
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
          "expires_on_wareki"
        },
        ExportLayout.HEADER);
    assertEquals("3", ExportLayout.VERSION);
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
          "令和8年5月31日"
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
            null);

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
            null);

    String[] v = ExportLayout.values(cardAndCertificates);

    assertEquals("2026-02-28", v[6]);
    assertEquals("2026-03-10", v[7]);
    assertEquals("令和8年2月28日", v[10]);
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
            null);

    String[] v = ExportLayout.values(row);

    assertEquals("'=cmd|' /C calc'!A0", v[3]);
    assertEquals("'@SUM(1+1)", v[4]);
  }
}
