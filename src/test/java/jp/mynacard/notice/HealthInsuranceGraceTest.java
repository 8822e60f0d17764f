package jp.mynacard.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HealthInsuranceGraceTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void aCertificateServesAsHealthInsuranceToTheEndOfTheThirdMonthAfterTheMonthOfExpiry() {
    assertEquals(d("2027-04-30"), HealthInsuranceGrace.DEFAULT.lastDay(d("2027-01-31")));
    assertEquals(d("2027-04-30"), HealthInsuranceGrace.DEFAULT.lastDay(d("2027-01-01")));
  }

  @Test
  void theGraceEndsAtTheEndOfAShorterOrLeapFebruary() {
    assertEquals(d("2027-02-28"), HealthInsuranceGrace.DEFAULT.lastDay(d("2026-11-30")));
    assertEquals(d("2028-02-29"), HealthInsuranceGrace.DEFAULT.lastDay(d("2027-11-15")));
  }

  @Test
  void theGraceCrossesTheYear() {
    assertEquals(d("2028-01-31"), HealthInsuranceGrace.DEFAULT.lastDay(d("2027-10-31")));
  }

  @Test
  void noGraceEndsWithTheMonthOfExpiry() {
    assertEquals(d("2027-01-31"), new HealthInsuranceGrace(0).lastDay(d("2027-01-05")));
  }

  @Test
  void aNegativeOrYearsLongGraceIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new HealthInsuranceGrace(-1));
    assertThrows(IllegalArgumentException.class, () -> new HealthInsuranceGrace(13));
  }
}
