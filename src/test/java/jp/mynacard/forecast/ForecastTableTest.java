package jp.mynacard.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import jp.mynacard.renewal.ItemKind;
import org.junit.jupiter.api.Test;

class ForecastTableTest {
  private static final ForecastRange RANGE =
      new ForecastRange(
          LocalDate.of(2030, 3, 4), LocalDate.of(2030, 3, 24), LocalDate.of(2030, 1, 7));

  @Test
  void everyWeekOfTheRangeIsARowAlsoWithoutAnything() {
    ForecastTable t = ForecastTable.tally(RANGE, List.of(3)).table();

    assertEquals(
        List.of(
            new ForecastWeek(
                "2030-W10", LocalDate.of(2030, 3, 4), LocalDate.of(2030, 3, 10), 0, 0, 0, 0, 0, 0),
            new ForecastWeek(
                "2030-W11", LocalDate.of(2030, 3, 11), LocalDate.of(2030, 3, 17), 0, 0, 0, 0, 0, 0),
            new ForecastWeek(
                "2030-W12",
                LocalDate.of(2030, 3, 18),
                LocalDate.of(2030, 3, 24),
                0,
                0,
                0,
                0,
                0,
                0)),
        t.weeks());
  }

  @Test
  void countsByDayAddUpInTheirIsoWeekMondayToSunday() {
    ForecastTable t =
        ForecastTable.tally(RANGE, List.of(3))
            .expiring(LocalDate.of(2030, 3, 11), ItemKind.CARD, 2)
            .expiring(LocalDate.of(2030, 3, 17), ItemKind.CARD, 1)
            .expiring(LocalDate.of(2030, 3, 17), ItemKind.SIGN_CERT, 4)
            .sent(LocalDate.of(2030, 3, 12), 3, 5)
            .sent(LocalDate.of(2030, 3, 16), 1, 0)
            .table();

    ForecastWeek w11 = t.weeks().get(1);
    assertEquals(List.of(3L, 0L, 0L, 4L, 4L, 5L), counts(w11));
    assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), counts(t.weeks().get(0)));
  }

  @Test
  void daysOutsideTheRangeAreLeftOut() {
    ForecastTable t =
        ForecastTable.tally(RANGE, List.of(3))
            .expiring(LocalDate.of(2030, 3, 3), ItemKind.STAY, 1)
            .sent(LocalDate.of(2030, 3, 25), 1, 2)
            .table();

    t.weeks().forEach(w -> assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L), counts(w)));
  }

  private static List<Long> counts(ForecastWeek w) {
    return List.of(w.card(), w.stay(), w.userCert(), w.signCert(), w.letters(), w.visits());
  }
}
