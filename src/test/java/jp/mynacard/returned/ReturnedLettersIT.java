package jp.mynacard.returned;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.mynacard.mail.SmtpSink;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.RegistryRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, part 4, in Liberty, as an operator, a vendor and a clerk see it: the returned-letters
 * job started through {@code POST /api/v1/jobs/returned-letters} records the vendor's list, rejects
 * its bad rows with their lines, lists the residents for the clerks; the card status API shows the
 * returned letter; the next night's renewal run prints no letter to that resident (the e-mail still
 * goes) and counts it withheld; after a registry import changes the resident's address, the next
 * night prints the withheld letter, to the new address, once. Nights in 2022, so that a letter can
 * have come back by today; residents of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReturnedLettersIT {
  private static final String NEW_ADDRESS = "みらい市東2丁目5番8号 さくら荘202";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Test
  void aReturnedResidentGetsNoPaperLetterUntilTheRegistrysAddressChanges() throws Exception {
    ItIds ids = ItIds.fresh();
    String domain = ids.prefix().toLowerCase().replace("-", "") + ".example.jp";
    try (SmtpSink smtp = SmtpSink.start()) {
      imported(
          due(ids, 1, "06-15").set("email", "a@" + domain).set("email_consent", "true"),
          due(ids, 2, "06-16"));
      Path exportDir = Files.createTempDirectory("it-returned");

      Night first = night("2022-03-20", exportDir);
      assertEquals(List.of(first.letter(ids, 1), first.letter(ids, 2)), first.mine(ids));

      Path list = vendorList(ids, first);
      JsonObject returns = returnedLetters(Map.of("inputFile", list.toString()));
      recordedWithItsRejectsAndTheClerksList(ids, first, list, returns);
      reimportedListChangesNothing(first.letter(ids, 1), list);
      JsonObject card = ApiClient.card("C" + ids.resident(1));
      assertEquals(
          Json.createObjectBuilder()
              .add("letterId", first.letter(ids, 1))
              .add("returnedOn", "2022-03-28")
              .add("reason", "MOVED")
              .add("paperStopped", true)
              .build(),
          card.getJsonObject("lastReturnedLetter"));
      assertTrue(
          ApiClient.card("C" + ids.resident(2)).isNull("lastReturnedLetter"),
          "a resident whose letters arrived");

      Night second = night("2022-05-20", exportDir);
      assertEquals(List.of(second.letter(ids, 2)), second.mine(ids), "no paper letter to A");
      assertEquals(1, second.manifest().getInt("withheldAfterReturn"));
      assertEquals(0, second.manifest().getInt("printedAfterAddressChange"));
      assertEquals(
          1, second.summary().getJsonObject("returnedLetters").getInt("withheldAfterReturn"));
      assertEquals(
          second.summary().getJsonNumber("letters").longValue(),
          second.manifest().getInt("rowCount") + second.manifest().getInt("withheldAfterReturn"),
          "every letter of the night is printed or withheld");
      assertEquals(
          List.of("a@" + domain, "a@" + domain),
          recipients(smtp, domain),
          "the e-mail of both nights' letters still went to A");

      ItJobs.importRows(
          ApiClient.operator(),
          List.of(
              due(ids, 1, "06-15")
                  .set("email", "a@" + domain)
                  .set("email_consent", "true")
                  .set("postal_code", "305-0044")
                  .set("address", NEW_ADDRESS)));
      assertFalse(
          ApiClient.card("C" + ids.resident(1))
              .getJsonObject("lastReturnedLetter")
              .getBoolean("paperStopped"),
          "the registry holds a new address");

      Night third = night("2022-05-21", exportDir);
      assertEquals(List.of(second.letter(ids, 1)), third.mine(ids), "the withheld letter");
      CSVRecord row = third.row(second.letter(ids, 1));
      assertEquals("305-0044", row.get("postal_code"));
      assertEquals(NEW_ADDRESS, row.get("address"), "to the new address");
      assertEquals(1, third.manifest().getInt("printedAfterAddressChange"));
      assertEquals(
          1, third.summary().getJsonObject("returnedLetters").getInt("printedAfterAddressChange"));

      Night fourth = night("2022-05-22", exportDir);
      assertEquals(List.of(), fourth.mine(ids), "printed once");
      assertFalse(fourth.manifest().containsKey("printedAfterAddressChange"));
      assertEquals(2, recipients(smtp, domain).size(), "no e-mail for the late paper letter");
    }
  }

  @Test
  void theJobIsRefusedBeforeItStartsForAnUnknownParameterOrAFileOutsideTheImportRoot()
      throws Exception {
    Https.Response unknown =
        ApiClient.call(
            "operator", "POST", "jobs/returned-letters", "{\"inputFile\":\"x.csv\",\"dry\":\"1\"}");
    Https.Response outside =
        ApiClient.call(
            "operator", "POST", "jobs/returned-letters", "{\"inputFile\":\"/etc/passwd\"}");
    Https.Response clerk =
        ApiClient.call("clerk", "POST", "jobs/returned-letters", "{\"inputFile\":\"x.csv\"}");

    assertEquals(400, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("unknown parameter 'dry'"), unknown.body());
    assertEquals(400, outside.status(), outside.body());
    assertTrue(outside.body().contains("lies outside the import root"), outside.body());
    assertEquals(403, clerk.status(), clerk.body());
  }

  @Test
  void aListWithAWrongHeaderIsRefusedWholeWithExitStatus8AndTheReasonInItsRejectsFile()
      throws Exception {
    Path list = Files.createTempDirectory("it-returns").resolve("returns.csv");
    Files.writeString(list, "letter,returned_on,reason\r\nL20220320-1-X,2022-03-28,MOVED\r\n");

    JsonObject execution = returnedLetters(Map.of("inputFile", list.toString()));

    assertEquals("8", execution.getString("exitStatus"), execution.toString());
    assertEquals("FAILED", execution.getString("batchStatus"));
    List<CSVRecord> rejects = csv(Path.of(list + ".rejects.csv"), UTF_8);
    assertEquals(1, rejects.size());
    assertEquals("1", rejects.get(0).get("line"));
    assertEquals("letter", rejects.get(0).get("column"));
    assertTrue(
        rejects.get(0).get("reason").startsWith("unknown column(s) in the header: letter"),
        rejects.get(0).get("reason"));
    assertFalse(Files.exists(Path.of(list + ".residents.csv")), "no list for the clerks");
  }

  /**
   * The vendor's list as it comes: a byte order mark, blanks and a lower-case reason, bad rows, a
   * letter named twice, an empty line and a cell that a spreadsheet would run as a formula.
   */
  private static Path vendorList(ItIds ids, Night first) throws Exception {
    String a = first.letter(ids, 1);
    String b = first.letter(ids, 2);
    String text =
        "\uFEFFletter_id,returned_on,reason\r\n"
            + a
            + ", 2022-03-28 , moved \r\n" // 2: recorded
            + "L20220320-999999999-NOBODY,2022-03-28,MOVED\r\n" // 3: no such letter
            + b
            + ",2022/03/28,MOVED\r\n" // 4: date format
            + b
            + ",2099-01-01,MOVED\r\n" // 5: after today
            + b
            + ",2022-03-28,LOST\r\n" // 6: reason
            + a
            + ",2022-03-28,MOVED\r\n" // 7: repeats line 2
            + "\r\n"
            + "=cmd|' /C calc'!A0,2022-03-28,MOVED\r\n"; // 9: no letter id
    Path list = Files.createTempDirectory("it-returns").resolve("returns.csv");
    Files.writeString(list, text, UTF_8);
    return list;
  }

  private static void recordedWithItsRejectsAndTheClerksList(
      ItIds ids, Night first, Path list, JsonObject execution) throws Exception {
    assertEquals("4", execution.getString("exitStatus"), execution.toString());
    JsonObject tally = execution.getJsonObject("summary");
    assertEquals(7, tally.getInt("read"));
    assertEquals(1, tally.getInt("accepted"));
    assertEquals(6, tally.getInt("rejected"));
    assertEquals(1, tally.getInt("recorded"));
    assertEquals(1, tally.getInt("paperStopped"));

    List<CSVRecord> rejects = csv(Path.of(list + ".rejects.csv"), UTF_8);
    assertEquals(
        List.of(
            "3 letter_id",
            "4 returned_on",
            "5 returned_on",
            "6 reason",
            "7 letter_id",
            "9 letter_id"),
        rejects.stream().map(r -> r.get("line") + " " + r.get("column")).toList());
    assertEquals("repeats line 2 of this list", rejects.get(4).get("reason"));
    String rejectsText = Files.readString(Path.of(list + ".rejects.csv"), UTF_8);
    assertFalse(rejectsText.contains("\n=") || rejectsText.contains(",="), rejectsText);

    List<CSVRecord> residents = csv(Path.of(list + ".residents.csv"), UTF_8);
    assertEquals(1, residents.size());
    CSVRecord a = residents.get(0);
    assertEquals(
        List.of(
            "2",
            ids.resident(1),
            first.letter(ids, 1),
            "2022-03-28",
            "MOVED",
            "305-0032",
            "みらい市中央1丁目2番3号",
            "true",
            "false"),
        a.toList());
  }

  /** The same return in another list, in Windows-31J: accepted as already recorded, exit 0. */
  private static void reimportedListChangesNothing(String letterId, Path list) throws Exception {
    Path again = list.resolveSibling("returns-again.csv");
    Files.write(
        again,
        ("letter_id,returned_on,reason\r\n" + letterId + ",2022-03-28,MOVED\r\n")
            .getBytes(Charset.forName("windows-31j")));

    JsonObject execution =
        returnedLetters(Map.of("inputFile", again.toString(), "encoding", "windows-31j"));

    assertEquals("0", execution.getString("exitStatus"), execution.toString());
    JsonObject tally = execution.getJsonObject("summary");
    assertEquals(1, tally.getInt("accepted"));
    assertEquals(1, tally.getInt("alreadyRecorded"));
    assertEquals(0, tally.getInt("recorded"));
    assertEquals(0, tally.getInt("rejected"));
  }

  /** Starts the job through our API, as an operator, and answers its ended execution's report. */
  private static JsonObject returnedLetters(Map<String, String> parameters) throws Exception {
    var body = Json.createObjectBuilder();
    parameters.forEach(body::add);
    Https.Response started =
        ApiClient.call("operator", "POST", "jobs/returned-letters", body.build().toString());
    assertEquals(202, started.status(), started.body());
    long instance = ApiClient.json(started).getJsonNumber("instanceId").longValue();
    JsonObject end = ApiClient.operator().awaitEnd(instance, ItJobs.TIMEOUT);
    return report(end);
  }

  /** A run's ids, report and files. */
  private record Night(long instance, Path exportDir, String asOf, JsonObject report) {
    JsonObject summary() {
      return report.getJsonObject("summary");
    }

    String letter(ItIds ids, int i) {
      return "L" + asOf.replace("-", "") + "-" + instance + "-" + ids.resident(i);
    }

    List<CSVRecord> rows() throws Exception {
      return csv(exportDir.resolve(asOf + "/notices-" + asOf + "-" + instance + ".csv"), UTF_8);
    }

    List<String> csvLetterIds() throws Exception {
      return rows().stream().map(r -> r.get("letter_id")).toList();
    }

    /** The test's residents' letters in this night's notices CSV, in their order there. */
    List<String> mine(ItIds ids) throws Exception {
      return csvLetterIds().stream().filter(l -> l.contains("-" + ids.prefix())).toList();
    }

    CSVRecord row(String letterId) throws Exception {
      return rows().stream()
          .filter(r -> r.get("letter_id").equals(letterId))
          .findFirst()
          .orElseThrow();
    }

    JsonObject manifest() throws Exception {
      return Json.createReader(
              new StringReader(Files.readString(exportDir.resolve(asOf + "/manifest.json"))))
          .readObject();
    }
  }

  private static List<CSVRecord> csv(Path file, Charset charset) throws Exception {
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(Files.newBufferedReader(file, charset))) {
      return parser.getRecords();
    }
  }

  /**
   * A national born on {@code monthDay} 1980 with a ten-year card issued 2013-01-10 and
   * certificates renewed 2018-01-10: card and certificates expire on that day in 2022, one item.
   */
  private static RegistryRows due(ItIds ids, int i, String monthDay) {
    return ids.national(i)
        .set("birth_date", "1980-" + monthDay)
        .set("card_application_received_on", "2012-12-01")
        .set("card_issued_on", "2013-01-10")
        .set("card_expires_on", "2022-" + monthDay)
        .set("user_cert_issued_on", "2018-01-10")
        .set("user_cert_expires_on", "")
        .set("sign_cert_issued_on", "2018-01-10")
        .set("sign_cert_expires_on", "");
  }

  private static void imported(RegistryRows... rows) throws Exception {
    JsonObject end = ItJobs.importRows(ApiClient.operator(), List.of(rows));
    assertEquals("0", end.getString("exitStatus"), "the fixture imports cleanly: " + end);
  }

  /** A renewal run for {@code asOf} with reminders three months and one month ahead. */
  private static Night night(String asOf, Path exportDir) throws Exception {
    BatchClient batch = ApiClient.operator();
    long instance =
        batch.start(
            "renewal-notices",
            Map.of(
                "asOf",
                asOf,
                "leadMonths",
                "3,1",
                "allowDistantAsOf",
                "true",
                "exportDir",
                exportDir.toString()));
    JsonObject end = batch.awaitEnd(instance, ItJobs.TIMEOUT);
    Night night = new Night(instance, exportDir, asOf, report(end));
    assertEquals("COMPLETED", night.report.getString("batchStatus"), night.report.toString());
    return night;
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

  /** The execution's report from {@code GET /api/v1/jobs/executions/{id}}. */
  private static JsonObject report(JsonObject execution) throws Exception {
    Https.Response r =
        ApiClient.call(
            "operator",
            "GET",
            "jobs/executions/" + execution.getJsonNumber("executionId").longValue(),
            null);
    assertEquals(200, r.status(), r.body());
    return ApiClient.json(r);
  }
}
