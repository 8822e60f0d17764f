package jp.mynacard.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ForecastParametersTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

  @Test
  void anUnknownParameterNameFailsTheRunWithTheNamesItTakes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ForecastParameters.parse(
                    Map.of("from", "2026-04-01", "to", "2026-06-30", "leadMonth", "3"), TODAY));

    assertEquals(
        "unknown parameter 'leadMonth'; renewal-forecast takes [from, to, asOf, exportDir]",
        e.getMessage());
  }

  @Test
  void jobParametersCarryTheWholeWeeksAndTheAsOfDateSoARestartForecastsTheSame() {
    ForecastParameters p =
        ForecastParameters.parse(Map.of("from", "2026-04-01", "to", "2026-06-30"), TODAY);

    Properties job = p.toJobParameters();

    assertEquals("2026-03-30", job.getProperty("from"));
    assertEquals("2026-07-05", job.getProperty("to"));
    assertEquals("2026-04-01", job.getProperty("asOf"));
    assertNull(job.getProperty("exportDir"));
    assertEquals(
        p,
        ForecastParameters.parse(
            Map.of("from", "2026-03-30", "to", "2026-07-05", "asOf", "2026-04-01"), TODAY));
  }
}
