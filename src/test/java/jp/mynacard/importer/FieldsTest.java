package jp.mynacard.importer;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import jp.mynacard.testing.RegistryRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsTest {
  private static Fields fields(String column, String value) {
    return new Fields(
        SourceRow.readable(2, RegistryRows.national("R1", 1).set(column, value).values()));
  }

  @Test
  void leapDayOfALeapYearIsADate() {
    assertEquals(of(2024, 2, 29), Fields.isoDate("2024-02-29"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-02-29",
        "2024-13-01",
        "2024-04-31",
        "2024-00-10",
        "2024-1-01",
        "24-01-01",
        "2024/01/01",
        "2024-01-1a",
        "+024-01-01",
        "2024-01-01 "
      })
  void anythingButARealDateInIsoFormIsRejected(String value) {
    assertThrows(DateTimeException.class, () -> Fields.isoDate(value));
  }

  @ParameterizedTest
  @CsvSource({"true,true", "TRUE,true", "1,true", "false,false", "0,false"})
  void flagAcceptsTrueFalseOneAndZero(String value, boolean expected) {
    assertEquals(expected, fields("email_consent", value).flag(RegistryColumn.EMAIL_CONSENT));
  }

  @Test
  void emptyFlagIsFalse() {
    assertFalse(fields("email_consent", "").flag(RegistryColumn.EMAIL_CONSENT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "2", "t"})
  void flagRejectsAnythingElse(String value) {
    FieldException e =
        assertThrows(
            FieldException.class,
            () -> fields("email_consent", value).flag(RegistryColumn.EMAIL_CONSENT));
    assertEquals(RegistryColumn.EMAIL_CONSENT, e.column());
  }

  @ParameterizedTest
  @CsvSource({
    "0a,0A",
    "A,0A",
    "abc,0ABC",
    "000abc,0ABC",
    "00ff,FF",
    "serial=0a,0A",
    "SERIAL=1234,1234",
    "0000000000000001,01",
    "7FFFFFFFFFFFFFFFFFFF,7FFFFFFFFFFFFFFFFFFF"
  })
  void serialIsUpperCaseOfEvenLengthWithoutExtraLeadingZeros(String value, String canonical) {
    assertEquals(
        canonical, fields("user_cert_serial", value).serial(RegistryColumn.USER_CERT_SERIAL));
  }

  @Test
  void emptySerialIsAbsent() {
    assertNull(fields("user_cert_serial", "").serial(RegistryColumn.USER_CERT_SERIAL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "00", "serial=0000"})
  void zeroSerialIsRejected(String value) {
    FieldException e =
        assertThrows(
            FieldException.class,
            () -> fields("user_cert_serial", value).serial(RegistryColumn.USER_CERT_SERIAL));
    assertTrue(e.getMessage().contains("zero"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12G4", "0x1F", "serial=", "-1A", "1A 2B"})
  void serialThatIsNotHexadecimalIsRejected(String value) {
    FieldException e =
        assertThrows(
            FieldException.class,
            () -> fields("user_cert_serial", value).serial(RegistryColumn.USER_CERT_SERIAL));
    assertEquals(RegistryColumn.USER_CERT_SERIAL, e.column());
  }
}
