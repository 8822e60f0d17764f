package jp.mynacard.validity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An expiry date with the rule that decided it.
 *
 * @param date the last day of validity (inclusive)
 * @param basis the rule that decided it
 * @param rule a short English sentence naming the rule and its inputs, for clerks and reports
 */
public record Expiry(LocalDate date, ExpiryBasis basis, String rule) {
  public Expiry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(rule, "rule");
  }

  /** The earlier of this and {@code cap}; on a tie the cap's date is the same, keep this rule. */
  Expiry cappedBy(LocalDate cap, ExpiryBasis capBasis, String capRule) {
    return cap.isBefore(date) ? new Expiry(cap, capBasis, capRule) : this;
  }
}
