package jp.mynacard.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15, progress: the run's share done, from the steps its job XML declares. */
class RunShareTest {
  private static final Set<String> STEPS =
      new LinkedHashSet<>(List.of("prepareRun", "selectCandidates", "writeExport", "sendMail"));

  @Test
  void eachStepCountsTheSameAndTheRunningOneByItsShare() {
    double share =
        RunShare.of(STEPS, Map.of("prepareRun", 1.0, "selectCandidates", 0.5, "writeExport", 0.0));

    assertEquals(0.375, share, 1e-9);
  }

  @Test
  void stepsNotReachedCountNothingAndSharesStayWithinZeroAndOne() {
    assertEquals(0.0, RunShare.of(STEPS, Map.of()));
    assertEquals(0.25, RunShare.of(STEPS, Map.of("prepareRun", 1.7)), 1e-9);
  }

  @Test
  void aJobWithoutStepsHasDoneNothing() {
    assertEquals(0.0, RunShare.of(Set.of(), Map.of("x", 1.0)));
  }

  @Test
  void theRenewalJobsStepsAndUnitsComeFromItsJobXml() {
    Map<String, String> steps = JobSteps.of("renewal-notices");

    assertEquals(
        List.of("prepareRun", "selectCandidates", "writeExport", "sendMail", "finishRun"),
        List.copyOf(steps.keySet()));
    assertEquals("residents", steps.get("selectCandidates"));
    assertEquals("e-mails", steps.get("sendMail"));
    assertEquals(JobSteps.STEP, steps.get("finishRun"));
  }

  @Test
  void onlyAStepsOwnPropertiesNameItsUnit() throws Exception {
    String xml =
        "<job id='j'><step id='a'><properties><property name='progressUnit' value='rows'/>"
            + "</properties><chunk><reader ref='r'><properties>"
            + "<property name='progressUnit' value='wrong'/></properties></reader></chunk></step>"
            + "<step id='b'><batchlet ref='x'><properties>"
            + "<property name='progressUnit' value='wrong'/></properties></batchlet></step></job>";

    Map<String, String> steps =
        JobSteps.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    assertEquals(Map.of("a", "rows", "b", JobSteps.STEP), steps);
  }

  @Test
  void anUnknownJobHasNoSteps() {
    assertEquals(Map.of(), JobSteps.of("no-such-job"));
    assertEquals(Map.of(), JobSteps.of("../etc/passwd"));
  }
}
