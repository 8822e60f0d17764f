package jp.mynacard.notice;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How long a card whose certificate for user identification expired still serves as a health
 * insurance card (the certificate is what the card's health-insurance use rests on, guidance:
 * Tsukuba City's table of the two certificates): until the end of the {@code months}-th month after
 * the month of expiry ({@code mynacard.notice.health-insurance-grace-months}, default 3: a
 * certificate expiring 2027-01-31 serves until 2027-04-30, one expiring 2027-01-01 too).
 */
public record HealthInsuranceGrace(int months) {
  public static final HealthInsuranceGrace DEFAULT = new HealthInsuranceGrace(3);

  /** More would outlast the next renewal letters: a misconfiguration, not a grace period. */
  static final int MAX_MONTHS = 12;

  public HealthInsuranceGrace {
    if (months < 0 || months > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "the health-insurance grace period is 0 to " + MAX_MONTHS + " months, not " + months);
    }
  }

  /** The last day a card serves as a health insurance card after a certificate expiring then. */
  public LocalDate lastDay(LocalDate certificateExpiresOn) {
    return YearMonth.from(certificateExpiresOn).plusMonths(months).atEndOfMonth();
  }
}
