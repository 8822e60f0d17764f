package jp.mynacard.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which of Prism's findings break the contract (the {@code sl-violations} headers as it sends
 * them).
 */
class ViolationsTest {
  private static final String NULL_FIELD =
      "[{\"location\":[\"response\",\"body\",\"suspension\"],\"severity\":\"Error\","
          + "\"code\":\"type\",\"message\":\"Response body property suspension must be object\"}]";
  private static final String UNDOCUMENTED_STATUS =
      "[{\"location\":[\"response\"],\"severity\":\"Warning\",\"message\":\"Unable to match the"
          + " returned status code with those defined in the document: 200,400\"}]";
  private static final String BAD_LIMIT =
      "[{\"location\":[\"request\",\"query\",\"limit\"],\"severity\":\"Error\",\"code\":\"type\","
          + "\"message\":\"Request query parameter limit must be integer\"}]";
  private static final String NO_CREDENTIALS =
      "[{\"location\":[\"request\"],\"severity\":\"Error\",\"code\":401,"
          + "\"message\":\"Invalid security scheme used\"}]";

  @Test
  void noHeaderMeansNothingIsWrong() {
    assertEquals(List.of(), Violations.of(null).breaking(200));
  }

  @Test
  void anAnswerThatBreaksItsSchemaBreaksTheContractWhateverTheStatus() {
    assertEquals(1, Violations.of(NULL_FIELD).breaking(200).size());
    assertEquals(1, Violations.of(NULL_FIELD).breaking(404).size());
  }

  @Test
  void anUndocumentedStatusBreaksTheContractThoughPrismCallsItAWarning() {
    List<Violations.Finding> breaking = Violations.of(UNDOCUMENTED_STATUS).breaking(418);

    assertEquals(1, breaking.size());
    assertTrue(breaking.get(0).toString().startsWith("Warning at response:"), breaking.toString());
  }

  @Test
  void aRequestTheDocumentRefusesIsFineWhenTheServerRefusedItToo() {
    assertEquals(List.of(), Violations.of(BAD_LIMIT).breaking(400));
    assertEquals(List.of(), Violations.of(NO_CREDENTIALS).breaking(401));
  }

  @Test
  void aRequestTheDocumentRefusesButTheServerAcceptedBreaksTheContract() {
    assertEquals(1, Violations.of(BAD_LIMIT).breaking(200).size());
    assertEquals(1, Violations.of(NO_CREDENTIALS).breaking(200).size());
  }

  @Test
  void aServerFaultDoesNotExcuseABadRequest() {
    assertEquals(1, Violations.of(BAD_LIMIT).breaking(500).size());
  }
}
