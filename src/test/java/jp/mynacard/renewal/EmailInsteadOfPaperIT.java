package jp.mynacard.renewal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mynacard.it.ItServer;
import jp.mynacard.mail.SmtpSink;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.RegistryRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, part 3: e-mail instead of paper, through the renewal-notices job with a real SMTP
 * server (GreenMail, in this JVM, on the port the test server mails to). With the setting on, the
 * letters of residents who agreed to e-mail are e-mailed and absent from the print export, which
 * the manifest counts; a letter whose e-mail is undeliverable is in the next run's export, once,
 * also when that run's export is restarted, and not in the run after. Each test tells its own
 * residents on as-of dates of its own in 2035.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmailInsteadOfPaperIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war()
        .addClasses(SwitchableMailReplacesLetter.class, MailReplacesLetterSwitch.class);
  }

  @AfterEach
  void settingOff() throws Exception {
    replacesLetter(false);
  }

  @Test
  void consentingLettersAreEmailedNotPrintedAndAnUndeliverableOneIsPrintedOnceByTheNextRun()
      throws Exception {
    ItIds ids = ItIds.fresh();
    String domain = domain(ids);
    String refused = "b@" + domain;
    try (SmtpSink smtp = SmtpSink.start(refused)) {
      imported(
          due(ids, 1, "05-15").set("email", "a@" + domain).set("email_consent", "true"),
          due(ids, 2, "05-16").set("email", refused).set("email_consent", "true"),
          due(ids, 3, "05-17"),
          // passes the import's check, but is no address to send to: undeliverable
          due(ids, 4, "05-18").set("email", "d\"x@" + domain).set("email_consent", "true"));
      try {
        emailedThenPrintedOnce(ids, domain, smtp);
      } finally {
        // the registry is shared: a later mass run (MailCrashIT) must find no address that fails
        ItJobs.importRows(operator(), List.of(due(ids, 4, "05-18").set("email", "d@" + domain)));
      }
    }
  }

  private void emailedThenPrintedOnce(ItIds ids, String domain, SmtpSink smtp) throws Exception {
    replacesLetter(true);
    Path exportDir = Files.createTempDirectory("it-paper");

    Run first = renew("2035-04-01", "3", exportDir);

    assertEquals("4", first.report.getString("exitStatus"), "undeliverable e-mail: 4");
    assertEquals(List.of(first.letter(ids, 3)), first.mine(ids), "only C's letter on paper");
    assertEquals(List.of("a@" + domain), recipients(smtp, domain), "A's letter by e-mail");
    JsonObject manifest = first.manifest();
    assertTrue(manifest.getInt("emailedInsteadOfPrinted") >= 3, manifest.toString());
    assertEquals(
        first.summary().getJsonNumber("letters").longValue(),
        manifest.getInt("emailedInsteadOfPrinted") + manifest.getInt("rowCount"),
        "every letter of the run is printed or e-mailed: " + manifest);
    assertEquals(0, manifest.getInt("printedAfterEmailFailed"));
    assertEquals(
        manifest.getInt("emailedInsteadOfPrinted"),
        first.summary().getJsonObject("emailInsteadOfPaper").getInt("emailedInsteadOfPrinted"));

    Run second = renew("2035-04-02", "3", exportDir);

    assertEquals(
        List.of(first.letter(ids, 2), first.letter(ids, 4)),
        second.mine(ids),
        "B's and D's letters of the first run, once each");
    assertEquals(second.earlierLetters(), second.manifest().getInt("printedAfterEmailFailed"));

    Run third = renew("2035-04-03", "3", exportDir);

    assertEquals(List.of(), third.mine(ids), "printed once, not again");
    assertEquals(0, third.manifest().getInt("printedAfterEmailFailed"));
    assertEquals(List.of("a@" + domain), recipients(smtp, domain), "no e-mail twice");
  }

  @Test
  void aRestartedExportWritesTheSameFilesWithTheEarlierRunsLetterOnce() throws Exception {
    ItIds ids = ItIds.fresh();
    String domain = domain(ids);
    String refused = "b@" + domain;
    try (SmtpSink smtp = SmtpSink.start(refused)) {
      imported(
          due(ids, 1, "06-15").set("email", refused).set("email_consent", "true"),
          due(ids, 2, "06-16"));
      replacesLetter(true);
      Path exportDir = Files.createTempDirectory("it-paper");
      Run first = renew("2035-05-01", "3", exportDir);
      assertEquals(List.of(first.letter(ids, 2)), first.mine(ids));

      // a file that is no manifest: the export fails after writing its CSV files, before its own
      Path asOfDir = Files.createDirectories(exportDir.resolve("2035-05-02"));
      Files.writeString(asOfDir.resolve("manifest.json"), "not a manifest");
      BatchClient batch = operator();
      long instance = batch.start("renewal-notices", parameters("2035-05-02", "3", exportDir));
      JsonObject failed = batch.awaitEnd(instance, TIMEOUT);
      assertEquals("FAILED", failed.getString("batchStatus"), failed.toString());
      Run attempt = new Run(instance, exportDir, "2035-05-02", null);
      byte[] csv = Files.readAllBytes(attempt.csv());
      byte[] texts = Files.readAllBytes(attempt.texts());
      assertEquals(List.of(first.letter(ids, 1)), attempt.mine(ids), "written before it failed");

      // a restart decides nothing again: the setting switched off does not change the files
      replacesLetter(false);
      Files.delete(asOfDir.resolve("manifest.json"));
      Run second = restarted(batch, instance, failed, exportDir, "2035-05-02");

      assertEquals("COMPLETED", second.report.getString("batchStatus"), second.report.toString());
      assertArrayEquals(csv, Files.readAllBytes(second.csv()), "the same notices CSV");
      assertArrayEquals(texts, Files.readAllBytes(second.texts()), "the same texts CSV");
      assertEquals(List.of(first.letter(ids, 1)), second.mine(ids), "once");
      assertEquals(second.earlierLetters(), second.manifest().getInt("printedAfterEmailFailed"));

      Run third = renew("2035-05-03", "3", exportDir);

      assertEquals(List.of(), third.mine(ids), "not again");
      assertFalse(
          third.manifest().containsKey("printedAfterEmailFailed"),
          "with the setting off and nothing to print late, the manifest is as before");
      assertEquals(List.of(), recipients(smtp, domain), "the refused address received nothing");
    }
  }

  @Test
  void aResidentWithALetterPrintedInTheNextRunGetsTheUndeliveredOneInTheRunAfter()
      throws Exception {
    ItIds ids = ItIds.fresh();
    String domain = domain(ids);
    String refused = "r@" + domain;
    try (SmtpSink smtp = SmtpSink.start(refused)) {
      imported(due(ids, 1, "08-20").set("email", refused).set("email_consent", "true"));
      replacesLetter(true);
      Path exportDir = Files.createTempDirectory("it-paper");
      Run first = renew("2035-08-01", "3", exportDir);
      assertEquals(List.of(), first.mine(ids), "e-mailed instead");
      // withdrawn consent: the one-month reminder of the next run is printed
      imported(due(ids, 1, "08-20").set("email", refused).set("email_consent", "false"));

      Run second = renew("2035-08-02", "1", exportDir);
      Run third = renew("2035-08-03", "1", exportDir);

      assertEquals(List.of(second.letter(ids, 1)), second.mine(ids), "one envelope a run");
      assertEquals(List.of(first.letter(ids, 1)), third.mine(ids), "the undelivered one next");
    }
  }

  /** A run's ids, report and files. */
  private record Run(long instance, Path exportDir, String asOf, JsonObject report) {
    JsonObject summary() {
      return report.getJsonObject("summary");
    }

    String letter(ItIds ids, int i) {
      return "L" + asOf.replace("-", "") + "-" + instance + "-" + ids.resident(i);
    }

    Path csv() {
      return exportDir.resolve(asOf + "/notices-" + asOf + "-" + instance + ".csv");
    }

    Path texts() {
      return exportDir.resolve(asOf + "/notice-texts-" + asOf + "-" + instance + ".csv");
    }

    List<String> letterIds() throws Exception {
      return Files.readAllLines(csv(), UTF_8).stream()
          .skip(1)
          .map(l -> l.substring(0, l.indexOf(',')))
          .toList();
    }

    /** The test's residents' letters in this run's notices CSV, in their order there. */
    List<String> mine(ItIds ids) throws Exception {
      return letterIds().stream().filter(l -> l.contains("-" + ids.prefix())).toList();
    }

    /** Rows of the CSV that are letters of other runs. */
    long earlierLetters() throws Exception {
      String own = "L" + asOf.replace("-", "") + "-" + instance + "-";
      return letterIds().stream().filter(l -> !l.startsWith(own)).count();
    }

    JsonObject manifest() throws Exception {
      return Json.createReader(
              new StringReader(Files.readString(exportDir.resolve(asOf + "/manifest.json"))))
          .readObject();
    }
  }

  private static String domain(ItIds ids) {
    return ids.prefix().toLowerCase().replace("-", "") + ".example.jp";
  }

  /**
   * A national born on {@code monthDay} 1980 whose card was issued 2026-01-10: the card expires on
   * that day in 2035.
   */
  private static RegistryRows due(ItIds ids, int i, String monthDay) {
    return ids.national(i)
        .set("birth_date", "1980-" + monthDay)
        .set("card_application_received_on", "2025-12-01")
        .set("card_issued_on", "2026-01-10")
        .set("card_expires_on", "2035-" + monthDay)
        .set("user_cert_issued_on", "2026-01-10")
        .set("user_cert_expires_on", "")
        .set("sign_cert_issued_on", "2026-01-10")
        .set("sign_cert_expires_on", "");
  }

  private static void imported(RegistryRows... rows) throws Exception {
    JsonObject end = ItJobs.importRows(operator(), List.of(rows));
    assertEquals("0", end.getString("exitStatus"), "the fixture imports cleanly: " + end);
  }

  private static List<String> recipients(SmtpSink smtp, String domain) throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage m : smtp.received()) {
      if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().endsWith("@" + domain))) {
        to.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
      }
    }
    return to;
  }

  private static void replacesLetter(boolean on) throws Exception {
    Https.Response r =
        Https.send(
            "PUT",
            "https://localhost:" + ItServer.httpsPort() + "/api/v1/it/mail-replaces-letter/" + on,
            Https.basic("operator", ItServer.password("operator")),
            "{}");
    assertTrue(r.status() < 300, r.status() + " " + r.body());
  }

  private static BatchClient operator() {
    return new BatchClient(ItServer.httpsPort(), "operator", ItServer.password("operator"));
  }

  private static Map<String, String> parameters(String asOf, String leadMonths, Path exportDir) {
    Map<String, String> p = new HashMap<>();
    p.put("asOf", asOf);
    p.put("leadMonths", leadMonths);
    p.put("allowDistantAsOf", "true");
    p.put("exportDir", exportDir.toString());
    return p;
  }

  private static Run renew(String asOf, String leadMonths, Path exportDir) throws Exception {
    BatchClient batch = operator();
    long instance = batch.start("renewal-notices", parameters(asOf, leadMonths, exportDir));
    JsonObject end = batch.awaitEnd(instance, TIMEOUT);
    Run run = new Run(instance, exportDir, asOf, report(end));
    assertEquals("COMPLETED", run.report.getString("batchStatus"), run.report.toString());
    return run;
  }

  private static Run restarted(
      BatchClient batch, long instance, JsonObject failed, Path exportDir, String asOf)
      throws Exception {
    long before = failed.getJsonNumber("executionId").longValue();
    batch.restart(instance);
    Instant deadline = Instant.now().plus(TIMEOUT);
    JsonObject end = batch.awaitEnd(instance, TIMEOUT);
    while (end.getJsonNumber("executionId").longValue() == before
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      end = batch.awaitEnd(instance, TIMEOUT);
    }
    return new Run(instance, exportDir, asOf, report(end));
  }

  /** The execution's report from {@code /api/v1/jobs/executions}: summary, mail. */
  private static JsonObject report(JsonObject execution) throws Exception {
    Https.Response r =
        Https.send(
            "GET",
            "https://localhost:"
                + ItServer.httpsPort()
                + "/api/v1/jobs/executions/"
                + execution.getJsonNumber("executionId").longValue(),
            Https.basic("operator", ItServer.password("operator")),
            null);
    assertEquals(200, r.status(), r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
