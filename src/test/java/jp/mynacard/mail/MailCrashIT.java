package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mynacard.demo.DemoRegistryGenerator;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.LibertyServer;
import jp.mynacard.testing.RegistryDump;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never a second e-mail: the server process killed while sendMail is sending, started again and the
 * job restarted, sends the rest; no letter reaches the SMTP server twice, every SENT row reached
 * it, and at most the one message that was in the SMTP server's hands at the kill is in doubt
 * (FAILED, reported, not repeated). Drives the server itself, after the Arquillian tests.
 */
class MailCrashIT {
  private static final String PREFIX = "R0";
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final Duration START = Duration.ofMinutes(4);

  @BeforeAll
  static void deploy() throws Exception {
    LibertyServer.deployApplication();
    RegistryDump.delete(PREFIX);
  }

  @AfterAll
  static void cleanUp() throws Exception {
    LibertyServer.stop();
    LibertyServer.removeApplication();
    RegistryDump.delete(PREFIX);
    RegistryDump.endUnfinishedRuns();
  }

  @Test
  void aRunKilledWhileMailingAndRestartedMailsTheRestAndNothingTwice(@TempDir Path dir)
      throws Exception {
    Path registry = dir.resolve("registry.csv");
    DemoRegistryGenerator.write(
        registry, StandardCharsets.UTF_8, 4_000, 7, LocalDate.of(2026, 4, 1));
    Map<String, String> renewal =
        Map.of(
            "asOf", "2026-04-01",
            "allowDistantAsOf", "true",
            "leadMonths", "120",
            "exportDir", dir.resolve("exports").toString());

    try (SmtpSink smtp = SmtpSink.start()) {
      LibertyServer.start(START);
      BatchClient batch = operator();
      assertEquals(
          "COMPLETED",
          batch
              .awaitEnd(
                  batch.start("registry-import", Map.of("inputFile", registry.toString())), TIMEOUT)
              .getString("batchStatus"));
      long run = batch.start("renewal-notices", renewal);
      Instant deadline = Instant.now().plus(TIMEOUT);
      while (smtp.received().length < 200 && Instant.now().isBefore(deadline)) {
        Thread.sleep(20);
      }
      LibertyServer.kill();
      int atKill = smtp.received().length;

      LibertyServer.start(START);
      batch = operator();
      batch.restart(run);
      String status = batch.awaitEnd(run, TIMEOUT).getString("batchStatus");
      LibertyServer.stop();
      assertEquals("COMPLETED", status);

      Map<String, String> outbox = RegistryDump.outbox(run);
      List<String> received = new ArrayList<>();
      for (MimeMessage m : smtp.received()) {
        received.add(m.getHeader("X-Mynacard-Letter")[0]);
      }
      Set<String> distinct = new HashSet<>(received);
      assertTrue(atKill >= 200 && received.size() > atKill, "killed while mailing: " + atKill);
      assertEquals(received.size(), distinct.size(), "no letter mailed twice");
      Set<String> sent = new HashSet<>();
      Set<String> inDoubt = new HashSet<>();
      outbox.forEach(
          (letter, s) -> {
            if (s.equals("SENT")) {
              sent.add(letter);
            } else {
              inDoubt.add(letter + "=" + s);
            }
          });
      assertTrue(distinct.containsAll(sent), "every SENT letter reached the SMTP server");
      assertTrue(inDoubt.size() <= 1, "at most the message in hand at the kill: " + inDoubt);
      assertTrue(
          inDoubt.stream().allMatch(e -> e.endsWith("=FAILED")),
          "in doubt means FAILED: " + inDoubt);
      assertTrue(
          distinct.size() == sent.size() || distinct.size() == sent.size() + inDoubt.size(),
          "received " + distinct.size() + ", SENT " + sent.size() + ", in doubt " + inDoubt);
      assertTrue(outbox.size() > 400, "a run worth interrupting: " + outbox.size() + " e-mails");
    }
  }

  private static BatchClient operator() {
    return new BatchClient(ItServer.httpsPort(), "operator", ItServer.password("operator"));
  }
}
