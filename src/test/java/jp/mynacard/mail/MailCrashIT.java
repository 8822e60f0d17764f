package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongUnaryOperator;
import java.util.logging.Logger;
import jp.mynacard.demo.DemoRegistryGenerator;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.JobTables;
import jp.mynacard.testing.JobWatch;
import jp.mynacard.testing.KillPoint;
import jp.mynacard.testing.LibertyServer;
import jp.mynacard.testing.RegistryDump;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never a second e-mail, and none lost: the server process killed while sendMail is sending - early
 * and again in the middle, each kill proven to fall after that many e-mails and before the step's
 * end - started again and the job restarted each time, sends the rest; no letter reaches the SMTP
 * server twice, every SENT row reached it, at most the message in the SMTP server's hands on each
 * of the four connections (the default) at each kill is in doubt (FAILED, reported, not repeated),
 * and what was received plus what is in doubt is exactly the run's letters to residents who agreed
 * to e-mail. Drives the server itself, after the Arquillian tests.
 */
class MailCrashIT {
  private static final Logger LOG = Logger.getLogger(MailCrashIT.class.getName());
  private static final String PREFIX = "R0";
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final Duration START = Duration.ofMinutes(4);

  /** The SMTP connections the test server sends over: MYNACARD_MAIL_CONNECTIONS' default. */
  private static final int CONNECTIONS = 4;

  /**
   * The server's e-mail rate here: at full speed the run's 600-odd e-mails take about a second, too
   * little for a kill to fall in the middle on any machine; the cap changes when messages go, not
   * how the outbox keeps them.
   */
  private static final Map<String, String> PACED = Map.of("MYNACARD_MAIL_RATE", "100");

  /** Where the kills fall: e-mails received, from the e-mails the run queued. */
  private static final List<Map.Entry<String, LongUnaryOperator>> KILL_POINTS =
      List.of(
          Map.entry("early: the first e-mails", queued -> 10),
          Map.entry("middle: half the e-mails", queued -> queued / 2));

  @BeforeAll
  static void deploy() throws Exception {
    LibertyServer.deployApplication();
    RegistryDump.delete(PREFIX);
  }

  /** On every path, also after a failure part-way: no server left running. */
  @AfterEach
  void stopServer() throws Exception {
    LibertyServer.stopIfRunning();
  }

  @AfterAll
  static void cleanUp() throws Exception {
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
      LibertyServer.start(START, PACED);
      BatchClient batch = operator();
      JobWatch watch = new JobWatch();
      assertEquals(
          "COMPLETED",
          batch
              .awaitEnd(
                  batch.start("registry-import", Map.of("inputFile", registry.toString())), TIMEOUT)
              .getString("batchStatus"));
      long run = batch.start("renewal-notices", renewal);
      List<String> figures = new ArrayList<>();
      for (var point : KILL_POINTS) {
        long execution = watch.latestExecution(run);
        long[] seen =
            KillPoint.killWhen(
                point.getKey(),
                () -> mailing(watch, execution, smtp, run),
                s -> s[1] > 0 && s[0] >= point.getValue().applyAsLong(s[1]),
                TIMEOUT);
        int atKill = received(smtp, run).size();
        Map<String, String> outbox = RegistryDump.outbox(run);
        figures.add(
            point.getKey()
                + ": queued "
                + seen[1]
                + ", seen "
                + seen[0]
                + ", at the kill "
                + atKill);
        assertTrue(atKill >= seen[0], "killed after the point: " + atKill);
        assertTrue(
            (outbox.containsValue("PENDING") || outbox.containsValue("CLAIMED"))
                && atKill < outbox.size(),
            "killed before sendMail ended: " + atKill + " received of " + outbox.size());

        LibertyServer.start(START, PACED);
        Map<String, String> steps = watch.steps(execution);
        assertTrue(steps.containsKey("sendMail"), "the kill fell in sendMail: " + steps);
        assertNotEquals("COMPLETED", steps.get("sendMail"), "killed before its end: " + steps);
        assertFalse(steps.containsKey("finishRun"), "killed before finishRun: " + steps);
        batch.restart(run);
      }
      String status = batch.awaitEnd(run, TIMEOUT).getString("batchStatus");
      LibertyServer.stop();
      LOG.info("kill points: " + figures);
      assertEquals("COMPLETED", status);

      Map<String, String> outbox = RegistryDump.outbox(run);
      Set<String> toMail = JobTables.lettersToMail(run);
      List<String> received = received(smtp, run);
      Set<String> distinct = new HashSet<>(received);
      assertEquals(received.size(), distinct.size(), "no letter mailed twice");
      Set<String> sent = new TreeSet<>();
      Set<String> inDoubt = new TreeSet<>();
      outbox.forEach(
          (letter, s) -> {
            if (s.equals("SENT")) {
              sent.add(letter);
            } else {
              inDoubt.add(letter);
              assertEquals("FAILED", s, "in doubt means FAILED: " + letter);
            }
          });
      assertTrue(distinct.containsAll(sent), "every SENT letter reached the SMTP server");
      assertTrue(
          inDoubt.size() <= KILL_POINTS.size() * CONNECTIONS,
          "at most the message in hand on each connection at each kill: " + inDoubt);
      Set<String> reached = new TreeSet<>(distinct);
      reached.addAll(inDoubt);
      Set<String> missing = new TreeSet<>(toMail);
      missing.removeAll(reached);
      Set<String> extra = new TreeSet<>(reached);
      extra.removeAll(toMail);
      assertTrue(
          missing.isEmpty() && extra.isEmpty(),
          "received or in doubt: the letters to consenting residents ("
              + toMail.size()
              + "); never reached "
              + missing
              + "; not to be mailed "
              + extra
              + "; in doubt "
              + inDoubt
              + "; outbox "
              + outbox.size());
      assertTrue(toMail.size() > 400, "a run worth interrupting: " + toMail.size() + " e-mails");
    }
  }

  /**
   * E-mails received so far and e-mails the run queued (its outbox, as the server reports it);
   * fails once the execution ended, since then no kill can fall before sendMail's end.
   */
  private static long[] mailing(JobWatch watch, long execution, SmtpSink smtp, long run)
      throws Exception {
    JsonObject report = watch.report(execution);
    String status = report.getString("batchStatus");
    if (!status.equals("STARTING") && !status.equals("STARTED")) {
      throw new AssertionError("the run ended before the kill point: " + report);
    }
    long received = received(smtp, run).size();
    long queued = 0;
    if (report.containsKey("mail") && !report.isNull("mail")) {
      JsonObject mail = report.getJsonObject("mail");
      for (String count : List.of("pending", "sent", "failed", "undeliverable")) {
        queued += mail.containsKey(count) ? mail.getJsonNumber(count).longValue() : 0;
      }
    }
    return new long[] {received, queued};
  }

  /**
   * The letters of this run's e-mails the SMTP server received; only this run's, since the SMTP
   * port is fixed and a test server elsewhere on the machine may mail to it too.
   */
  private static List<String> received(SmtpSink smtp, long run) throws Exception {
    List<String> letters = new ArrayList<>();
    for (MimeMessage m : smtp.received()) {
      String letter = m.getHeader("X-Mynacard-Letter")[0];
      if (letter.startsWith("L20260401-" + run + "-")) {
        letters.add(letter);
      }
    }
    return letters;
  }

  private static BatchClient operator() {
    return new BatchClient(ItServer.httpsPort(), "operator", ItServer.password("operator"));
  }
}
