package jp.mynacard.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NightlyStartTest {
  @Test
  void aRunThatFailedOrWasStoppedIsRestartedInsteadOfStartingANewOne() {
    assertEquals(
        Optional.of(41L),
        NightlyStart.restartable(
            "{\"status\":409,\"message\":\"…\",\"instanceId\":41,\"state\":\"FAILED\"}"));
    assertEquals(
        Optional.of(7L), NightlyStart.restartable("{\"instanceId\":7,\"state\":\"STOPPED\"}"));
  }

  @Test
  void aRunInProgressIsWaitedFor() {
    assertEquals(
        Optional.empty(), NightlyStart.restartable("{\"instanceId\":41,\"state\":\"STARTED\"}"));
  }

  @Test
  void anyOtherConflictRestartsNothing() {
    assertEquals(Optional.empty(), NightlyStart.restartable("{\"status\":409,\"message\":\"x\"}"));
    assertEquals(Optional.empty(), NightlyStart.restartable("not json"));
    assertEquals(Optional.empty(), NightlyStart.restartable("[1,2]"));
    assertEquals(
        Optional.empty(), NightlyStart.restartable("{\"instanceId\":\"x\",\"state\":\"FAILED\"}"));
  }
}
