package jp.mynacard.renewal;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LetterIdsTest {
  /** letter.letter_id is VARCHAR(64); resident_id is VARCHAR(32). */
  private static final int LETTER_ID_COLUMN = 64;

  @Test
  void letterIdIsAsOfRunAndResident() {
    assertEquals("L20260401-42-R0001", LetterIds.of(of(2026, 4, 1), 42, "R0001"));
  }

  @Test
  void longestLetterIdFitsItsColumn() {
    String id = LetterIds.of(of(2026, 4, 1), Long.MAX_VALUE, "R".repeat(32));

    assertEquals(19, Long.toString(Long.MAX_VALUE).length());
    assertTrue(id.length() <= LETTER_ID_COLUMN, id.length() + " characters");
  }
}
