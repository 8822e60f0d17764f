package jp.mynacard.returned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The returned-letters job's parameters: an input file, an encoding, nothing else. */
class ReturnsParametersTest {
  @Test
  void theEncodingIsUtf8UnlessWindows31jIsNamed() {
    assertEquals(
        StandardCharsets.UTF_8, ReturnsParameters.parse(Map.of("inputFile", "r.csv")).charset());
    assertEquals(
        "windows-31j",
        ReturnsParameters.parse(Map.of("inputFile", "r.csv", "encoding", "MS932"))
            .charset()
            .name());
  }

  @Test
  void theInputFileIsRequired() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReturnsParameters.parse(Map.of()));
    assertEquals("inputFile is required", e.getMessage());
  }

  @Test
  void anotherEncodingIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ReturnsParameters.parse(Map.of("inputFile", "r.csv", "encoding", "EUC-JP")));
  }

  @Test
  void anUnknownParameterIsRefusedNamingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReturnsParameters.parse(Map.of("inputFile", "r.csv", "dryRun", "true")));
    assertEquals(
        "unknown parameter 'dryRun'; returned-letters takes [inputFile, encoding]", e.getMessage());
  }
}
