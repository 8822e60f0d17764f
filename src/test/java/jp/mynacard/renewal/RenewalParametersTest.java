package jp.mynacard.renewal;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenewalParametersTest {
  private static final LocalDate TODAY = of(2026, 4, 1);
  private static final String EXPORT_DIR = "/var/mynacard/export";

  private static RenewalParameters parse(Map<String, String> raw) {
    return RenewalParameters.parse(raw, TODAY, EXPORT_DIR);
  }

  @Test
  void absentParametersTakeTheirDefaults() {
    RenewalParameters p = parse(Map.of());

    assertEquals(TODAY, p.asOf());
    assertEquals(List.of(3), p.leadMonths());
    assertFalse(p.dryRun());
    assertEquals(500, p.chunkSize());
    assertEquals(2, p.partitions());
    assertEquals(EXPORT_DIR, p.exportDir());
    assertFalse(p.allowDistantAsOf());
  }

  @Test
  void emptyParametersTakeTheirDefaults() {
    Map<String, String> raw = Map.of("asOf", "", "leadMonths", " ", "chunkSize", "");

    assertEquals(parse(Map.of()), parse(raw));
  }

  @Test
  void severalLeadTimesAreSortedLongestFirst() {
    assertEquals(List.of(3, 1), parse(Map.of("leadMonths", "3,1")).leadMonths());
    assertEquals(List.of(3, 1), parse(Map.of("leadMonths", "1,3")).leadMonths());
  }

  @Test
  void repeatedLeadTimesAreListedOnce() {
    assertEquals(List.of(3, 1), parse(Map.of("leadMonths", "1,3,3")).leadMonths());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "asOf|2023-02-29",
        "asOf|2026-4-1",
        "asOf|+10000-01-01",
        "asOf|２０２６-04-01",
        "leadMonths|0",
        "leadMonths|3,0",
        "leadMonths|121",
        "leadMonths|3,-121",
        "leadMonths|3,-2147483648",
        "leadMonths|-3",
        "leadMonths|x",
        "leadMonths|3,,1",
        "dryRun|yes",
        "chunkSize|10",
        "chunkSize|abc",
        "partitions|0",
        "partitions|17"
      })
  void invalidValueIsRejectedNamingTheParameter(String name, String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of(name, value)));
    assertTrue(e.getMessage().contains(name), e.getMessage());
  }

  @Test
  void unknownParameterNameIsRejectedNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of("as_of", "2026-05-01")));
    assertTrue(e.getMessage().contains("as_of"), e.getMessage());
  }

  @Test
  void jobParametersParseBackToTheSameParameters() {
    RenewalParameters p =
        new RenewalParameters(
            of(2026, 11, 30),
            List.of(1, 3),
            true,
            "/srv/out",
            1000,
            4,
            true,
            new Pacing(300, java.time.Period.ofWeeks(3)));

    Properties props = p.toJobParameters();
    Map<String, String> raw = new HashMap<>();
    props.stringPropertyNames().forEach(k -> raw.put(k, props.getProperty(k)));

    assertEquals(p, RenewalParameters.parse(raw, of(2030, 1, 1), "/elsewhere"));
  }

  @Test
  void windowEndIsAsOfPlusTheLeadClampedToTheMonthsEnd() {
    RenewalParameters p = parse(Map.of("asOf", "2026-11-30", "allowDistantAsOf", "true"));

    assertEquals(new LeadWindow.Expiries(of(2026, 11, 30), of(2027, 2, 28)), p.window(3));
  }

  @Test
  void aNegativeLeadTimeIsAReminderAfterExpirySortedAfterTheOthers() {
    assertEquals(List.of(3, 1, -1, -3), parse(Map.of("leadMonths", "-1,3,-3,1")).leadMonths());
    assertEquals(List.of(3, -1), parse(Map.of("leadMonths", " 3 , -1 ")).leadMonths());
  }

  @Test
  void aReminderOneMonthAfterExpiryIsDueForTheExpiriesOfAMonthBefore() {
    RenewalParameters p = parse(Map.of("asOf", "2027-02-28", "allowDistantAsOf", "true"));

    // January's expiries: 01-28..31 are all due from 02-28 (+ 1 month); 2026-12-29..31 were due
    // from 01-29..31, whose month ended on 02-27 (01-29 + 1 month = 02-28, excluded)
    assertEquals(new LeadWindow.Expiries(of(2027, 1, 1), of(2027, 1, 31)), p.window(-1));
  }

  @Test
  void onlyRemindersAfterExpiryAreRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of("leadMonths", "-1,-3")));
    assertTrue(e.getMessage().contains("a lead time before expiry"), e.getMessage());
  }

  @Test
  void jobParametersWithAReminderParseBackToTheSameParameters() {
    RenewalParameters p =
        new RenewalParameters(
            of(2026, 11, 30), List.of(-1, 3), false, "/srv/out", 500, 2, true, Pacing.OFF);

    assertEquals("3,-1", p.leadMonthsText());
    assertEquals(
        p,
        parse(
            Map.of(
                "asOf",
                "2026-11-30",
                "allowDistantAsOf",
                "true",
                "leadMonths",
                "3,-1",
                "exportDir",
                "/srv/out")));
  }

  @Test
  void builderAppliesStringValuesGivenAsAMap() {
    RenewalParameters p =
        RenewalParameters.builder()
            .chunkSize(100)
            .allowDistantAsOf(true)
            .with(Map.of("asOf", "2026-11-30", "leadMonths", "1,3", "dryRun", "true"))
            .build(EXPORT_DIR);

    assertEquals(of(2026, 11, 30), p.asOf());
    assertEquals(List.of(3, 1), p.leadMonths());
    assertTrue(p.dryRun());
    assertEquals(100, p.chunkSize());
    assertEquals(EXPORT_DIR, p.exportDir());
    assertTrue(p.allowDistantAsOf());
  }

  @Test
  void atMostSixLeadTimesAreAccepted() {
    assertEquals(6, parse(Map.of("leadMonths", "1,2,3,4,5,120")).leadMonths().size());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(Map.of("leadMonths", "100,101,102,103,104,105,106")));
    assertEquals("leadMonths takes at most 6 lead times, not 7", e.getMessage());
  }

  /** Issue 11: an asOf up to seven days either side of today needs nothing. */
  @ParameterizedTest
  @CsvSource({"2026-04-08", "2026-03-25", "2026-04-01"})
  void anAsOfUpToSevenDaysFromTodayNeedsNoFlag(String asOf) {
    assertEquals(LocalDate.parse(asOf), parse(Map.of("asOf", asOf)).asOf());
  }

  /** Issue 11: a typo must not record notices months early (nor tell a past window late). */
  @ParameterizedTest
  @CsvSource({
    "2026-04-09, asOf 2026-04-09 is 8 days after today (2026-04-01 in Asia/Tokyo)",
    "2026-03-24, asOf 2026-03-24 is 8 days before today (2026-04-01 in Asia/Tokyo)",
    "2062-04-01, asOf 2062-04-01 is 13149 days after today (2026-04-01 in Asia/Tokyo)"
  })
  void anAsOfMoreThanSevenDaysFromTodayIsRefusedWithoutAllowDistantAsOf(
      String asOf, String reason) {
    for (Map<String, String> raw :
        List.of(
            Map.of("asOf", asOf),
            Map.of("asOf", asOf, "allowDistantAsOf", "false"),
            Map.of("asOf", asOf, "allowDistantAsOf", " "))) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> parse(raw), raw.toString());
      assertEquals(
          reason + "; a run more than 7 days from today needs allowDistantAsOf=true",
          e.getMessage());
    }
  }

  @ParameterizedTest
  @CsvSource({"2026-04-09", "2026-03-24", "2034-01-01", "2020-01-01"})
  void aDistantAsOfIsAcceptedWithAllowDistantAsOf(String asOf) {
    RenewalParameters p = parse(Map.of("asOf", asOf, "allowDistantAsOf", "true"));

    assertEquals(LocalDate.parse(asOf), p.asOf());
    assertTrue(p.allowDistantAsOf());
    assertEquals("true", p.toJobParameters().getProperty("allowDistantAsOf"));
  }

  /**
   * The flag lifts a safety bound, so it is read strictly (unlike dryRun, whose leniency errs on
   * the safe side): anything but exactly true or false is refused, not read as false.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"yes", "'TRUE '", "TRUE", "True", "1", "' true'", "on", "'true\u0000'", "false;"})
  void allowDistantAsOfTakesExactlyTrueOrFalse(String value) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(Map.of("asOf", "2034-01-01", "allowDistantAsOf", value)));
    assertEquals("allowDistantAsOf must be exactly true or false", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> parse(Map.of("allowDistantAsOf", value)), value);
  }
}
