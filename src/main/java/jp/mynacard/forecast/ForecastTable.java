package jp.mynacard.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.mynacard.renewal.ItemKind;

/**
 * A forecast: its range, the lead times it assumed and one row per ISO week of the range (weeks
 * with nothing included, so a chart's axis has no gaps).
 */
public record ForecastTable(
    ForecastRange range, List<Integer> leadMonths, List<ForecastWeek> weeks) {

  public static Tally tally(ForecastRange range, List<Integer> leadMonths) {
    return new Tally(range, leadMonths);
  }

  /** Adds up counts by day into the weeks of a range; days outside it are left out. */
  public static final class Tally {
    private final ForecastRange range;
    private final List<Integer> leadMonths;
    private final Map<LocalDate, Week> weeks = new TreeMap<>();

    private Tally(ForecastRange range, List<Integer> leadMonths) {
      this.range = range;
      this.leadMonths = List.copyOf(leadMonths);
      for (LocalDate w = range.from(); w.isBefore(range.to()); w = w.plusWeeks(1)) {
        weeks.put(w, new Week());
      }
    }

    /** Items of a kind expiring on a day. */
    public Tally expiring(LocalDate day, ItemKind kind, long items) {
      if (range.contains(day)) {
        weeks.get(ForecastRange.weekOf(day)).items.merge(kind, items, Long::sum);
      }
      return this;
    }

    /** Letters sent on a night and the counter visits they bring. */
    public Tally sent(LocalDate night, long letters, long visits) {
      if (range.contains(night)) {
        Week week = weeks.get(ForecastRange.weekOf(night));
        week.letters += letters;
        week.visits += visits;
      }
      return this;
    }

    public ForecastRange range() {
      return range;
    }

    public ForecastTable table() {
      List<ForecastWeek> rows = new ArrayList<>();
      weeks.forEach((monday, week) -> rows.add(week.row(monday)));
      return new ForecastTable(range, leadMonths, rows);
    }
  }

  private static final class Week {
    final Map<ItemKind, Long> items = new EnumMap<>(ItemKind.class);
    long letters;
    long visits;

    ForecastWeek row(LocalDate monday) {
      return new ForecastWeek(
          ForecastRange.weekName(monday),
          monday,
          monday.plusDays(6),
          items.getOrDefault(ItemKind.CARD, 0L),
          items.getOrDefault(ItemKind.STAY, 0L),
          items.getOrDefault(ItemKind.USER_CERT, 0L),
          items.getOrDefault(ItemKind.SIGN_CERT, 0L),
          letters,
          visits);
    }
  }
}
