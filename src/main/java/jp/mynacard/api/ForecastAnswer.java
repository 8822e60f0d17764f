package jp.mynacard.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import jp.mynacard.forecast.ForecastTable;
import jp.mynacard.forecast.ForecastWeek;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of {@code GET /forecast}: the whole ISO weeks covered, the night the runs are assumed to
 * start from, the lead times, and one row per week (the CSV of the renewal-forecast job has the
 * same rows and names).
 */
@JsonbPropertyOrder({"from", "to", "asOf", "leadMonths", "weeks"})
public class ForecastAnswer {
  @Schema(required = true, format = "date")
  public String from;

  @Schema(required = true, format = "date")
  public String to;

  @Schema(required = true, format = "date")
  public String asOf;

  @Schema(required = true)
  public List<Integer> leadMonths;

  @Schema(required = true)
  public List<Week> weeks;

  /** One ISO week. */
  @JsonbPropertyOrder({
    "week",
    "start",
    "end",
    "card",
    "stay",
    "userCert",
    "signCert",
    "letters",
    "visits"
  })
  @Schema(
      name = "ForecastWeek",
      requiredProperties = {
        "week",
        "start",
        "end",
        "card",
        "stay",
        "userCert",
        "signCert",
        "letters",
        "visits"
      })
  public static class Week {
    /** {@code 2027-W01}: the week-based year and the ISO week. */
    public String week;

    @Schema(format = "date")
    public String start;

    @Schema(format = "date")
    public String end;

    public long card;
    public long stay;
    public long userCert;
    public long signCert;
    public long letters;
    public long visits;
  }

  static ForecastAnswer of(ForecastTable table) {
    ForecastAnswer a = new ForecastAnswer();
    a.from = table.range().from().toString();
    a.to = table.range().to().toString();
    a.asOf = table.range().asOf().toString();
    a.leadMonths = table.leadMonths();
    a.weeks = table.weeks().stream().map(ForecastAnswer::week).toList();
    return a;
  }

  private static Week week(ForecastWeek w) {
    Week row = new Week();
    row.week = w.week();
    row.start = w.start().toString();
    row.end = w.end().toString();
    row.card = w.card();
    row.stay = w.stay();
    row.userCert = w.userCert();
    row.signCert = w.signCert();
    row.letters = w.letters();
    row.visits = w.visits();
    return row;
  }
}
