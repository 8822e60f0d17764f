package jp.mynacard.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.RegistryRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, the forecast, on a small hand-made registry (lead time 3 months, the server's default),
 * asked for 2031-02-24 (Monday, ISO week 9) to 2031-06-01 (Sunday, week 22) as of 2031-02-24. Other
 * tests' residents share the database, so the fixture's part is the answer after its import less
 * the answer before it: residents are counted independently of one another.
 */
@ExtendWith(ArquillianExtension.class)
class RenewalForecastIT {
  private static final String FROM = "2031-02-24";
  private static final String TO = "2031-06-01";
  private static final String QUERY = "forecast?from=" + FROM + "&to=" + TO + "&asOf=" + FROM;
  private static final String[] FIELDS = ForecastCsv.HEADER;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  /**
   * A: national, card 2031-05-31, both certificates recorded as ending 2031-05-30 (computed: with
   * the card): three items, all first told on 2031-03-01 (2031-02-28 + 3 months falls short), in
   * one letter: two visits, not four. B: Vietnamese engineer, card ends with the stay on 2031-05-31
   * (STAY), certificates at the 5th birthday 2031-05-30: one letter on 2031-03-01, one visit. C:
   * card 2031-04-16, certificates with it (the card's item): first night 2031-01-16 has passed, so
   * asOf's night catches it up. D: card 2031-06-20, told on 2031-03-20 (week 12), its expiry after
   * the range. E: card 2036, both certificates 2031-03-10: caught up on asOf, one letter, one
   * visit. G: card 2031-05-28, told on 2031-02-28. F1-F4: as C, but deceased, moved out, card
   * suspended, card abolished: nothing.
   */
  private static List<RegistryRows> registry(ItIds ids) {
    return List.of(
        card(ids.national(1), "1981-05-31", "2021-06-15", "2026-06-15")
            .set("user_cert_expires_on", "2031-05-30")
            .set("sign_cert_expires_on", "2031-05-30"),
        card(ids.national(2), "1990-05-30", "2026-06-01", "2026-06-01")
            .set("nationality", "VN")
            .set("residence_status", "ENGINEER")
            .set("stay_expires_on", "2031-05-31")
            .set("language", "vi"),
        card(ids.national(3), "1981-04-16", "2021-06-15", "2026-06-15"),
        card(ids.national(4), "1981-06-20", "2021-07-01", "2026-07-01"),
        card(ids.national(5), "1980-03-10", "2026-06-01", "2026-06-01"),
        card(ids.national(6), "1981-05-28", "2021-06-15", "2026-06-15"),
        card(ids.national(7), "1981-04-16", "2021-06-15", "2026-06-15")
            .set("resident_status", "DECEASED"),
        card(ids.national(8), "1981-04-16", "2021-06-15", "2026-06-15")
            .set("resident_status", "MOVED_OUT"),
        card(ids.national(9), "1981-04-16", "2021-06-15", "2026-06-15")
            .set("card_status", "SUSPENDED"),
        card(ids.national(10), "1981-04-16", "2021-06-15", "2026-06-15")
            .set("card_status", "ABOLISHED"));
  }

  /**
   * The hand-counted table of the fixture: week, card, stay, userCert, signCert, letters, visits.
   */
  private static final Map<String, List<Long>> EXPECTED =
      Map.of(
          // nights 02-24 (C: 2 visits, E: 1), 02-28 (G: 2), 03-01 (A: 2, B: 1)
          "2031-W09", List.of(0L, 0L, 0L, 0L, 5L, 8L),
          "2031-W11", List.of(0L, 0L, 1L, 1L, 0L, 0L), // E's certificates expire 03-10
          "2031-W12", List.of(0L, 0L, 0L, 0L, 1L, 2L), // D told 03-20
          "2031-W16", List.of(1L, 0L, 0L, 0L, 0L, 0L), // C expires 04-16
          // A's card and certificates, B's card and certificates, G's card
          "2031-W22", List.of(2L, 1L, 2L, 2L, 0L, 0L));

  private static RegistryRows card(RegistryRows row, String born, String issued, String certs) {
    return row.set("birth_date", born)
        .set("card_application_received_on", issued.substring(0, 8) + "01")
        .set("card_issued_on", issued)
        .set("card_expires_on", "")
        .set("user_cert_issued_on", certs)
        .set("user_cert_expires_on", "")
        .set("sign_cert_issued_on", certs)
        .set("sign_cert_expires_on", "");
  }

  @Test
  void theForecastOfASmallRegistryIsTheHandCountedTable() throws Exception {
    JsonObject before = forecast(QUERY);
    ItIds ids = ItIds.fresh();
    JsonObject imported = ApiClient.importRows(registry(ids));
    assertEquals("4", imported.getString("exitStatus"), "A's recorded dates are anomalies");

    JsonObject after = forecast(QUERY);

    assertEquals("2031-02-24", after.getString("from"));
    assertEquals("2031-06-01", after.getString("to"));
    assertEquals("[3]", after.getJsonArray("leadMonths").toString());
    List<JsonObject> weeks = weeks(after);
    assertEquals(14, weeks.size());
    Map<String, List<Long>> difference = new LinkedHashMap<>();
    for (int i = 0; i < weeks.size(); i++) {
      List<Long> fixture = new ArrayList<>();
      for (String field : Arrays.copyOfRange(FIELDS, 3, FIELDS.length)) {
        fixture.add(
            weeks.get(i).getJsonNumber(field).longValue()
                - weeks(before).get(i).getJsonNumber(field).longValue());
      }
      if (fixture.stream().anyMatch(n -> n != 0)) {
        difference.put(weeks.get(i).getString("week"), fixture);
      }
    }
    assertEquals(EXPECTED, difference);
  }

  @Test
  void aNightsForecastLettersAreTheLettersTheRenewalRunOfThatNightWrites() throws Exception {
    String night = "2031-03-02";
    JsonObject forecast = forecast("forecast?from=" + night + "&to=" + night + "&asOf=" + night);
    JsonObject run =
        ApiClient.run(
            "renewal-notices",
            Map.of(
                "asOf",
                night,
                "allowDistantAsOf",
                "true",
                "dryRun",
                "true",
                "exportDir",
                Files.createTempDirectory("it-export").toString()));

    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    List<JsonObject> weeks = weeks(forecast);
    assertEquals(1, weeks.size());
    Https.Response report =
        ApiClient.call(
            "operator", "GET", "jobs/executions/" + run.getJsonNumber("executionId"), null);
    assertEquals(
        ApiClient.json(report).getJsonObject("summary").getJsonNumber("letters").longValue(),
        weeks.get(0).getJsonNumber("letters").longValue(),
        "the whole registry's letters of the night " + night + ", as the nightly run selects");
  }

  @Test
  void theJobWritesTheApisTableAsCsvAndAPngChart() throws Exception {
    Path exportDir = Files.createTempDirectory("it-forecast");
    JsonObject run =
        ApiClient.run(
            RenewalForecastJob.NAME,
            Map.of("from", FROM, "to", TO, "asOf", FROM, "exportDir", exportDir.toString()));
    JsonObject api = forecast(QUERY);

    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    assertEquals("0", run.getString("exitStatus"));
    Path folder = exportDir.resolve(FROM);
    List<CSVRecord> csv = records(folder.resolve("forecast-2031-02-24-2031-06-01.csv"));
    List<JsonObject> weeks = weeks(api);
    assertEquals(weeks.size(), csv.size());
    for (int i = 0; i < weeks.size(); i++) {
      for (String field : FIELDS) {
        assertEquals(
            weeks.get(i).get(field).toString().replace("\"", ""),
            csv.get(i).get(field),
            field + " of " + weeks.get(i).getString("week"));
      }
    }
    Path png = folder.resolve("forecast-2031-02-24-2031-06-01.png");
    byte[] magic = Arrays.copyOf(Files.readAllBytes(png), 8);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, magic);
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(image.getWidth() >= 900 && image.getHeight() == 600, "a whole PNG image");
  }

  @Test
  void aJobWithABadRangeEndsWithExitStatus8AndTheApiRefusesToStartIt() throws Exception {
    JsonObject run =
        ApiClient.run(RenewalForecastJob.NAME, Map.of("from", "2031-06-01", "to", "2031-02-24"));

    assertEquals("FAILED", run.getString("batchStatus"));
    assertEquals("8", run.getString("exitStatus"));
    Https.Response refused =
        ApiClient.call(
            "operator",
            "POST",
            "jobs/" + RenewalForecastJob.NAME,
            "{\"from\":\"2031-06-01\",\"to\":\"2031-02-24\"}");
    assertEquals(400, refused.status(), refused.body());
    assertEquals(
        "from 2031-06-01 is after to 2031-02-24", ApiClient.json(refused).getString("message"));
  }

  @Test
  void operatorsClerksAndAuditorsReadTheForecastTheCallCenterMayNot() throws Exception {
    for (String user : new String[] {"operator", "clerk", "auditor"}) {
      assertEquals(200, ApiClient.call(user, "GET", QUERY, null).status(), user);
    }
    Https.Response callCenter = ApiClient.call("call-center", "GET", QUERY, null);
    assertEquals(403, callCenter.status());
    assertEquals(403, ApiClient.json(callCenter).getInt("status"));
    assertEquals(401, ApiClient.call("none", "GET", QUERY, null).status());
  }

  @Test
  void badParametersAre400WithAMessageNever500() throws Exception {
    Map<String, String> refusals = new LinkedHashMap<>();
    refusals.put("forecast?to=2031-06-01", "from is required, as yyyy-MM-dd");
    refusals.put("forecast?from=2031-02-24", "to is required, as yyyy-MM-dd");
    refusals.put(
        "forecast?from=2031-02-30&to=2031-06-01", "from must be a date in the form yyyy-MM-dd");
    refusals.put(
        "forecast?from=" + URLEncoder.encode("+2031-01-01", StandardCharsets.UTF_8) + "&to=x",
        "from must be a date in the form yyyy-MM-dd");
    refusals.put(
        "forecast?from=2031-06-01&to=2031-02-24", "from 2031-06-01 is after to 2031-02-24");
    refusals.put(
        "forecast?from=2031-01-01&to=2033-01-02",
        "from 2031-01-01 to 2033-01-02 is longer than 2 years");
    refusals.put(
        "forecast?from=2031-01-01&to=2031-02-01&asOf=tomorrow",
        "asOf must be a date in the form yyyy-MM-dd");
    refusals.put(
        "forecast?from=9999-01-01&to=9999-12-31",
        "from must lie between 1900-01-01 and 2999-12-31");
    for (var e : refusals.entrySet()) {
      Https.Response r = ApiClient.call("clerk", "GET", e.getKey(), null);
      assertEquals(400, r.status(), e.getKey() + ": " + r.body());
      assertEquals(e.getValue(), ApiClient.json(r).getString("message"), e.getKey());
    }
  }

  private static JsonObject forecast(String query) throws Exception {
    Https.Response r = ApiClient.call("clerk", "GET", query, null);
    assertEquals(200, r.status(), r.body());
    return ApiClient.json(r);
  }

  private static List<JsonObject> weeks(JsonObject forecast) {
    return forecast.getJsonArray("weeks").getValuesAs(JsonObject.class);
  }

  private static List<CSVRecord> records(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }
}
