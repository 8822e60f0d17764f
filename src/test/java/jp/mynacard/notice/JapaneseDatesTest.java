package jp.mynacard.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseDatesTest {
  @Test
  void reiwaDateIsWrittenWithEraYearMonthAndDay() {
    assertEquals("令和8年2月28日", JapaneseDates.wareki(LocalDate.of(2026, 2, 28)));
  }

  @ParameterizedTest
  @CsvSource({
    "2019-05-01, 令和元年5月1日",
    "2019-04-30, 平成31年4月30日",
    "1989-01-08, 平成元年1月8日",
    "1989-01-07, 昭和64年1月7日"
  })
  void firstYearOfAnEraIsGannenAndTheEraChangesOnItsFirstDay(LocalDate date, String wareki) {
    assertEquals(wareki, JapaneseDates.wareki(date));
  }
}
