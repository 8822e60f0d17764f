package jp.mynacard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import jp.mynacard.api.BadRequest;
import org.junit.jupiter.api.Test;

/** The operator's parameters, one name=value a line (issue 15). */
class JobParameterTextTest {
  @Test
  void linesAreNameEqualsValueWithBlanksAndCommentsIgnored() {
    assertEquals(
        Map.of("today", "2026-12-07", "leadMonths", "3,-1", "inputFile", "/data/a=b.csv"),
        JobParameterText.parse(
            "today=2026-12-07\r\n\n# the usual\n  leadMonths = 3,-1 \ninputFile=/data/a=b.csv"));
    assertEquals(Map.of(), JobParameterText.parse(null));
    assertEquals(Map.of(), JobParameterText.parse("  \n"));
  }

  @Test
  void aMalformedLineIsNamedByItsNumberWithoutEchoingIt() {
    BadRequest e =
        assertThrows(BadRequest.class, () -> JobParameterText.parse("today=x\n123456789012"));
    assertEquals("parameters line 2 is not name=value", e.getMessage());
    assertFalse(e.getMessage().contains("123456789012"));
    assertThrows(BadRequest.class, () -> JobParameterText.parse("=value"));
  }

  @Test
  void aNameGivenTwiceIsRefused() {
    assertThrows(BadRequest.class, () -> JobParameterText.parse("today=a\ntoday=b"));
  }
}
