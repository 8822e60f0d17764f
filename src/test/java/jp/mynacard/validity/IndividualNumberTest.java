package jp.mynacard.validity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndividualNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"123456789018", "621498320257"})
  void designExamplesHaveValidCheckDigits(String digits) {
    assertEquals(digits, IndividualNumber.parse(digits).digits());
  }

  @Test
  void remainderZeroOrOneGivesCheckDigitZero() {
    assertEquals(0, IndividualNumber.checkDigit("00000000000")); // sum 0, r = 0
    assertEquals(0, IndividualNumber.checkDigit("20000000000")); // sum 12, r = 1
    assertTrue(IndividualNumber.isValid("200000000000"));
  }

  @Test
  void otherwiseCheckDigitIsElevenMinusRemainder() {
    assertEquals(5, IndividualNumber.checkDigit("10000000000")); // sum 6, r = 6
    assertEquals(9, IndividualNumber.checkDigit("00000000001")); // sum 2, r = 2
  }

  @Test
  void wrongCheckDigitIsRejected() {
    assertThrows(ValidityException.class, () -> IndividualNumber.parse("123456789017"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "12345678901",
        "1234567890180",
        "12345678901X",
        "1234 5678 9018",
        "１２３４５６７８９０１８"
      })
  void anythingButTwelveAsciiDigitsIsRejected(String value) {
    assertFalse(IndividualNumber.isValid(value));
  }

  @Test
  void surroundingBlanksAreIgnored() {
    assertEquals("123456789018", IndividualNumber.parse(" 123456789018 ").digits());
  }

  @Test
  void toStringNeverShowsADigit() {
    String shown = IndividualNumber.parse("621498320257").toString();
    assertTrue(shown.chars().noneMatch(Character::isDigit), shown);
  }

  @Test
  void errorMessagesNeverRepeatTheInput() {
    ValidityException e =
        assertThrows(ValidityException.class, () -> IndividualNumber.parse("621498320250"));
    assertFalse(e.getMessage().contains("62149832025"), e.getMessage());
  }

  @Test
  void equalNumbersAreEqualValues() {
    assertEquals(IndividualNumber.parse("123456789018"), IndividualNumber.parse("123456789018"));
    assertNotEquals(IndividualNumber.parse("123456789018"), IndividualNumber.parse("621498320257"));
  }
}
