package jp.mynacard.renewal;

import java.time.LocalDate;
import jp.mynacard.validity.ValidityRules;

/**
 * An item's recorded and computed expiry; it is told on the earlier (DESIGN.md §2 "Which date is
 * told"), and a clerk is shown the items whose two dates differ.
 */
public record ExpiryDates(LocalDate recorded, LocalDate computed) {
  public LocalDate told() {
    return ValidityRules.effectiveExpiry(recorded, computed);
  }

  public boolean differ() {
    return recorded != null && computed != null && !recorded.equals(computed);
  }
}
