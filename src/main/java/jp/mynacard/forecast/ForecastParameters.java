package jp.mynacard.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The parameters of a renewal-forecast run: {@code from} and {@code to} (required, yyyy-MM-dd, at
 * most {@value ForecastRange#MAX_YEARS} years apart), {@code asOf} (default today in Asia/Tokyo)
 * and {@code exportDir} (default the configured export folder, checked against the export root by
 * the caller). Every other name is refused, so a misspelt one fails the run.
 */
public record ForecastParameters(ForecastRange range, String exportDir) {
  public static final List<String> NAMES = List.of("from", "to", "asOf", "exportDir");

  /**
   * @throws IllegalArgumentException naming the parameter and what is wrong with it
   */
  public static ForecastParameters parse(Map<String, String> raw, LocalDate today) {
    for (String name : raw.keySet()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "unknown parameter '" + name + "'; " + RenewalForecastJob.NAME + " takes " + NAMES);
      }
    }
    ForecastRange range = ForecastRange.of(raw.get("from"), raw.get("to"), raw.get("asOf"), today);
    String dir = raw.get("exportDir");
    return new ForecastParameters(range, dir == null || dir.isBlank() ? null : dir.strip());
  }

  /** As job parameters; the range as asked, widened to whole weeks (the same forecast). */
  public Properties toJobParameters() {
    Properties p = new Properties();
    p.setProperty("from", range.from().toString());
    p.setProperty("to", range.to().toString());
    p.setProperty("asOf", range.asOf().toString());
    if (exportDir != null) {
      p.setProperty("exportDir", exportDir);
    }
    return p;
  }
}
