package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
 * Issue 14, paced sending: 60 nights of renewal runs, as of 2036-03-01 to 2036-04-29 day by day,
 * with a daily capacity of 8 counter visits and a minimum lead of two months, over a registry with
 * a spike of expiries. Each night's letters are read from its export as the vendor gets them, and
 * their visits counted from the items each letter lists (a card two, a STAY card or certificates
 * one), for the whole night, whoever the letters are for (other tests' residents share the
 * database). The fixture's residents are recognised by their address.
 *
 * <p>Fixture, every card issued 2026-08-01 to a resident born in 1986, so it expires on the 10th
 * birthday after issue, in 2036: F, 12 cards expiring 2036-04-20, past their latest sending date
 * (2036-02-20) on the first night, which must send them all and say it went over capacity; B, 20
 * cards, one every five days from 2036-03-25; S, the spike: 150 cards expiring 2036-06-10 to 06-14
 * (30 a day), 300 visits, their window opening 2036-03-10 and their latest sending date 2036-04-10
 * to 04-14: the 31 nights between take at most 248 visits, so the tail of the spike is forced on
 * its latest sending date.
 */
@ExtendWith(ArquillianExtension.class)
class PacedSendingIT {
  private static final LocalDate FIRST_NIGHT = LocalDate.of(2036, 3, 1);
  private static final int NIGHTS = 60;
  private static final int CAPACITY = 8;
  private static final Period MIN_LEAD = Period.ofMonths(2);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Test
  void sixtyNightsNeverTellAnItemLateNeverExceedCapacityUnforcedAndTellEveryItemOnce()
      throws Exception {
    ItIds ids = ItIds.fresh();
    String marker = "みらい市ペース" + ids.prefix();
    Map<String, LocalDate> expiryByAddress = new LinkedHashMap<>();
    List<RegistryRows> rows = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < 12; i++) {
      rows.add(resident(ids, ++n, marker, LocalDate.of(2036, 4, 20), expiryByAddress));
    }
    for (int i = 0; i < 20; i++) {
      rows.add(
          resident(ids, ++n, marker, LocalDate.of(2036, 3, 25).plusDays(5L * i), expiryByAddress));
    }
    for (int i = 0; i < 150; i++) {
      rows.add(
          resident(ids, ++n, marker, LocalDate.of(2036, 6, 10).plusDays(i / 30), expiryByAddress));
    }
    JsonObject imported = ApiClient.importRows(rows);
    assertEquals("COMPLETED", imported.getString("batchStatus"), imported.toString());

    Path exports = Files.createTempDirectory("it-paced");
    Map<String, LocalDate> toldOn = new HashMap<>();
    long heldBack = 0;
    int forcedNights = 0;
    for (int d = 0; d < NIGHTS; d++) {
      LocalDate night = FIRST_NIGHT.plusDays(d);
      JsonObject run = run(night, exports);
      JsonObject paced = summary(run).getJsonObject("paced");
      List<CSVRecord> letters = letters(exports, night);
      int visits = 0;
      for (CSVRecord letter : letters) {
        visits += visits(letter);
        String address = letter.get("address");
        if (address.startsWith(marker)) {
          LocalDate earlier = toldOn.put(address, night);
          assertEquals(null, earlier, address + " told on " + earlier + " and again on " + night);
          assertEquals(expiryByAddress.get(address).toString(), letter.get("card_expires_on"));
        }
      }
      String what = "night " + night + ": " + visits + " visits, " + paced;
      assertEquals(CAPACITY, paced.getInt("capacity"), what);
      assertEquals(visits, paced.getJsonNumber("visits").longValue(), what);
      if (visits > CAPACITY) {
        forcedNights++;
        assertEquals("4", run.getString("exitStatus"), what);
        assertTrue(paced.getBoolean("overCapacity"), what);
        assertEquals(visits, paced.getJsonNumber("forcedVisits").longValue(), what);
      } else {
        assertEquals("0", run.getString("exitStatus"), what);
        assertFalse(paced.getBoolean("overCapacity"), what);
      }
      heldBack += paced.getJsonNumber("heldBackLetters").longValue();
    }

    LocalDate lastNight = FIRST_NIGHT.plusDays(NIGHTS - 1);
    for (Map.Entry<String, LocalDate> item : expiryByAddress.entrySet()) {
      LocalDate latest = item.getValue().minus(MIN_LEAD);
      LocalDate told = toldOn.get(item.getKey());
      if (!latest.isAfter(lastNight)) {
        assertTrue(told != null, item.getKey() + " expiring " + item.getValue() + " never told");
      }
      if (told != null) {
        LocalDate bound = latest.isBefore(FIRST_NIGHT) ? FIRST_NIGHT : latest;
        assertFalse(told.isAfter(bound), item.getKey() + " told " + told + ", latest " + bound);
      }
    }
    assertEquals(expiryByAddress.size(), toldOn.size(), "every item of the fixture told once");
    assertTrue(heldBack > 0, "the spike was held back on some nights");
    assertTrue(
        forcedNights >= 2, "the first night and the spike's tail went over: " + forcedNights);

    // the last night again: nothing is told twice
    JsonObject again = run(lastNight, exports);
    assertEquals("COMPLETED", again.getString("batchStatus"));
    assertTrue(
        letters(exports, lastNight).stream()
                .filter(l -> l.get("address").startsWith(marker))
                .count()
            == toldOn.values().stream().filter(lastNight::equals).count(),
        "a rerun of the last night adds no letter");
  }

  private static RegistryRows resident(
      ItIds ids, int i, String marker, LocalDate cardExpires, Map<String, LocalDate> expiries) {
    String address = marker + "-" + i;
    expiries.put(address, cardExpires);
    return ids.national(i)
        .set("birth_date", cardExpires.withYear(1986).toString())
        .set("address", address)
        .set("card_application_received_on", "2026-07-15")
        .set("card_issued_on", "2026-08-01")
        .set("card_expires_on", "")
        .set("user_cert_issued_on", "2026-08-01")
        .set("user_cert_expires_on", "")
        .set("sign_cert_issued_on", "2026-08-01")
        .set("sign_cert_expires_on", "");
  }

  private static JsonObject run(LocalDate night, Path exports) throws Exception {
    JsonObject run =
        ApiClient.run(
            RenewalNoticesJob.NAME,
            Map.of(
                "asOf", night.toString(),
                "allowDistantAsOf", "true",
                "leadMonths", "3",
                "dailyCapacity", Integer.toString(CAPACITY),
                "minLead", MIN_LEAD.toString(),
                "exportDir", exports.toString()));
    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    return run;
  }

  private static JsonObject summary(JsonObject run) throws Exception {
    Https.Response report =
        ApiClient.call(
            "operator", "GET", "jobs/executions/" + run.getJsonNumber("executionId"), null);
    return ApiClient.json(report).getJsonObject("summary");
  }

  /** The letters of every run of the night, as the vendor reads them. */
  private static List<CSVRecord> letters(Path exports, LocalDate night) throws Exception {
    List<CSVRecord> letters = new ArrayList<>();
    Path folder = exports.resolve(night.toString());
    try (Stream<Path> files = Files.list(folder)) {
      for (Path csv :
          files.filter(f -> f.getFileName().toString().matches("notices-.*\\.csv")).toList()) {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(in)
              .forEach(letters::add);
        }
      }
    }
    return letters;
  }

  /** A new card two visits; a STAY validity change or certificates one (DESIGN.md §2). */
  private static int visits(CSVRecord letter) {
    if (!letter.get("card_expires_on").isEmpty()) {
      return 2;
    }
    return letter.get("stay_expires_on").isEmpty()
            && letter.get("user_cert_expires_on").isEmpty()
            && letter.get("sign_cert_expires_on").isEmpty()
        ? 0
        : 1;
  }
}
