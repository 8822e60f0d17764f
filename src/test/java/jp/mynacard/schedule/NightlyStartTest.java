package jp.mynacard.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import jp.mynacard.batch.LoopbackOperator;
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

  /**
   * Issue 11: the operator's password may be given encoded for Liberty's registry, but the schedule
   * logs in with it and cannot use a hash: it says so rather than send it (and earn a 401 in the
   * night), and never logs the value.
   */
  @Test
  void anEncodedOperatorPasswordIsNotSentAndTheLogSaysWhy() {
    String hashed = "{hash}ARAAAAAUUEJLREYyV2l0aEhtYWNTSEE1MTIgAAAAAAAAAAAAAAAAAAAA";
    NightlyStart start = new NightlyStart();
    // nothing listens on port 1: an attempt to log in would fail to connect
    start.loopback = new LoopbackOperator(Optional.of(hashed), 1, "localhost");
    List<String> logged = new ArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            logged.add(r.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(NightlyStart.class.getName());
    log.addHandler(capture);
    try {
      start.run();
    } finally {
      log.removeHandler(capture);
    }

    assertEquals(1, logged.size(), logged.toString());
    assertTrue(logged.get(0).contains("given encoded ({hash})"), logged.get(0));
    assertFalse(logged.get(0).contains(hashed.substring(6)), "the value is not logged");
  }

  @Test
  void theEncodingsSecurityUtilityWritesAreRecognisedAndPlainPasswordsAreNot() {
    assertEquals(Optional.of("{xor}"), LoopbackOperator.encoding("{xor}Lz4sLCgwLTs="));
    assertEquals(Optional.of("{aes}"), LoopbackOperator.encoding("{aes}ARA…"));
    assertEquals(Optional.empty(), LoopbackOperator.encoding("it-0123abcd"));
    assertEquals(Optional.empty(), LoopbackOperator.encoding("xor}not-encoded"));
  }
}
