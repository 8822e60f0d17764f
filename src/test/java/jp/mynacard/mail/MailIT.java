package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.RegistryRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sendMail step against a real SMTP server (GreenMail, in this JVM, on the port the test server
 * mails to): one e-mail per consenting resident's letter, in their language; a refused address is
 * UNDELIVERABLE and does not hold back the others; a mail server that is down is retried, then the
 * e-mails are FAILED with exit status 4 and the letters and export intact.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  /** A: Japanese, B: Vietnamese, C: English, all agreed to e-mail; D did not; E is suspended. */
  private static List<RegistryRows> residents(ItIds ids, String domain) {
    return List.of(
        due(ids.national(1), "1980-03-15", "2034-03-15", mail("a", domain)),
        due(ids.national(2), "1995-08-01", "2034-02-20", mail("b", domain))
            .set("nationality", "VN")
            .set("residence_status", "STUDENT")
            .set("stay_expires_on", "2034-02-20")
            .set("language", "vi"),
        due(ids.national(3), "1980-03-16", "2034-03-16", mail("c", domain)).set("language", "en"),
        due(ids.national(4), "1980-03-17", "2034-03-17", mail("d", domain))
            .set("email_consent", "false"),
        due(ids.national(5), "1980-03-18", "2034-03-18", mail("e", domain))
            .set("card_status", "SUSPENDED"));
  }

  private static String mail(String who, String domain) {
    return who + "@" + domain;
  }

  private static RegistryRows due(RegistryRows row, String born, String card, String email) {
    return row.set("birth_date", born)
        .set("card_application_received_on", "2024-12-01")
        .set("card_issued_on", "2025-01-10")
        .set("card_expires_on", card)
        .set("user_cert_issued_on", "2025-01-10")
        .set("user_cert_expires_on", "")
        .set("sign_cert_issued_on", "2025-01-10")
        .set("sign_cert_expires_on", "")
        .set("email", email)
        .set("email_consent", "true");
  }

  @Test
  void eachConsentingResidentsLetterIsMailedOnceInTheirLanguage() throws Exception {
    ItIds ids = ItIds.fresh();
    String domain = ids.prefix().toLowerCase() + ".example.jp";
    try (SmtpSink smtp = SmtpSink.start()) {
      importRows(residents(ids, domain));

      JsonObject report = renew();
      JsonObject again = renew();

      assertEquals("0", report.getString("exitStatus"), report.toString());
      JsonObject mail = report.getJsonObject("mail");
      assertEquals(3, mail.getInt("sent"), mail.toString());
      assertEquals(
          0, mail.getInt("failed") + mail.getInt("undeliverable") + mail.getInt("pending"));
      assertEquals(0, again.getJsonObject("mail").getInt("sent"), "nothing new the second time");

      Map<String, MimeMessage> byAddress = new HashMap<>();
      for (MimeMessage m : mine(smtp, domain)) {
        String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
        assertEquals(null, byAddress.put(to, m), "a second e-mail to " + to);
      }
      assertEquals(
          Set.of(mail("a", domain), mail("b", domain), mail("c", domain)), byAddress.keySet());
      assertEquals("ja", language(byAddress.get(mail("a", domain))));
      assertEquals("vi", language(byAddress.get(mail("b", domain))));
      assertEquals("en", language(byAddress.get(mail("c", domain))));

      MimeMessage b = byAddress.get(mail("b", domain));
      MimeMultipart parts = (MimeMultipart) b.getContent();
      assertEquals(2, parts.getCount());
      assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
      assertTrue(parts.getBodyPart(0).getContentType().toLowerCase().contains("utf-8"));
      assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
      String text = (String) parts.getBodyPart(0).getContent();
      assertTrue(text.contains("20 tháng 2, 2034"), "B's stay expiry, in Vietnamese: " + text);

      for (MimeMessage m : byAddress.values()) {
        String raw = new String(m.getRawInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        String decoded = m.getContent() instanceof MimeMultipart mp ? content(mp) : "";
        for (int i = 1; i <= 5; i++) {
          assertFalse(raw.contains(ids.number(i)), "no Individual Number in an e-mail");
          assertFalse(decoded.contains(ids.number(i)), "no Individual Number in an e-mail");
        }
      }
    }
  }

  @Test
  void anAddressRefusedForGoodIsUndeliverableAndTheOthersStillGo() throws Exception {
    ItIds ids = ItIds.fresh();
    String domain = ids.prefix().toLowerCase() + ".example.jp";
    try (SmtpSink smtp = SmtpSink.start(mail("b", domain))) {
      importRows(residents(ids, domain));

      JsonObject report = renew();

      assertEquals("4", report.getString("exitStatus"), "undeliverable mail is a warning");
      JsonObject mail = report.getJsonObject("mail");
      assertEquals(1, mail.getInt("undeliverable"), mail.toString());
      assertEquals(2, mail.getInt("sent"), mail.toString());
      Set<String> to = new TreeSet<>();
      for (MimeMessage m : mine(smtp, domain)) {
        to.add(m.getRecipients(Message.RecipientType.TO)[0].toString());
      }
      assertEquals(new TreeSet<>(Set.of(mail("a", domain), mail("c", domain))), to);
    }
  }

  @Test
  void aMailServerThatIsDownIsRetriedThenFailedWithTheLettersIntact() throws Exception {
    ItIds ids = ItIds.fresh();
    String domain = ids.prefix().toLowerCase() + ".example.jp";
    importRows(residents(ids, domain));

    Instant started = Instant.now();
    JsonObject report = renew();
    Duration took = Duration.between(started, Instant.now());

    assertEquals("COMPLETED", report.getString("batchStatus"));
    assertEquals("4", report.getString("exitStatus"), "failed mail is a warning, not a failure");
    JsonObject mail = report.getJsonObject("mail");
    assertEquals(3, mail.getInt("failed"), mail.toString());
    assertEquals(0, mail.getInt("sent") + mail.getInt("pending"), mail.toString());
    assertTrue(
        took.compareTo(Duration.ofSeconds(3)) >= 0,
        "three tries, 1 s and 2 s apart (mynacard.mail.retry-delay=PT1S): took " + took);
    Path export = Path.of(report.getJsonObject("summary").getString("exportFile"));
    long mine =
        Files.readAllLines(export, StandardCharsets.UTF_8).stream()
            .filter(l -> l.contains("-" + ids.prefix()))
            .count();
    assertEquals(4, mine, "the letters are recorded and exported all the same");
  }

  private static List<MimeMessage> mine(SmtpSink smtp, String domain) throws Exception {
    List<MimeMessage> mine = new java.util.ArrayList<>();
    for (MimeMessage m : smtp.received()) {
      if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().endsWith("@" + domain))) {
        mine.add(m);
      }
    }
    return mine;
  }

  private static String language(MimeMessage m) throws Exception {
    return m.getHeader("Content-Language")[0];
  }

  private static String content(MimeMultipart mp) throws Exception {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < mp.getCount(); i++) {
      s.append(mp.getBodyPart(i).getContent());
    }
    return s.toString();
  }

  private static BatchClient operator() {
    return new BatchClient(ItServer.httpsPort(), "operator", ItServer.password("operator"));
  }

  private static void importRows(List<RegistryRows> rows) throws Exception {
    StringBuilder csv = new StringBuilder(RegistryRows.header()).append("\r\n");
    rows.forEach(r -> csv.append(r.csv()).append("\r\n"));
    Path input = Files.createTempDirectory("mail-it").resolve("registry.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
    BatchClient batch = operator();
    JsonObject end =
        batch.awaitEnd(
            batch.start("registry-import", Map.of("inputFile", input.toString())), TIMEOUT);
    assertEquals("0", end.getString("exitStatus"), "the fixture imports cleanly: " + end);
  }

  /** A renewal-notices run as of 2034-01-01 and its report from /api/v1/jobs/executions. */
  private static JsonObject renew() throws Exception {
    BatchClient batch = operator();
    long instance =
        batch.start(
            "renewal-notices",
            Map.of(
                "asOf",
                "2034-01-01",
                "allowDistantAsOf",
                "true",
                "exportDir",
                Files.createTempDirectory("mail-it-export").toString()));
    JsonObject end = batch.awaitEnd(instance, TIMEOUT);
    Https.Response r =
        Https.send(
            "GET",
            "https://localhost:"
                + ItServer.httpsPort()
                + "/api/v1/jobs/executions/"
                + end.getJsonNumber("executionId").longValue(),
            Https.basic("operator", ItServer.password("operator")),
            null);
    assertEquals(200, r.status(), r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
