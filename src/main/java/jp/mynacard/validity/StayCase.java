package jp.mynacard.validity;

import java.time.LocalDate;

/**
 * Where a card that ends with a period of stay stands (DESIGN.md §2 "Which card item"), which
 * decides what its letter asks the resident to do. Judged from the registry's current residence
 * status and stay end against the card's own expiry.
 */
public enum StayCase {
  /** The stay ends with the card: after the renewal permission, bring card, new residence card. */
  NOT_YET_RENEWED,
  /** The registry already holds a later stay end: have the card's validity changed. */
  RENEWED,
  /** The status no longer has a period of stay (e.g. permanent resident): validity change too. */
  STATUS_WITHOUT_PERIOD;

  /** The case stored under {@code name}, null for null (a letter without a STAY item). */
  public static StayCase named(String name) {
    return name == null ? null : valueOf(name);
  }

  public static StayCase of(
      String residenceStatus, LocalDate stayExpiresOn, LocalDate cardExpiresOn) {
    if (residenceStatus == null || !new ResidenceStatus(residenceStatus).hasPeriodOfStay()) {
      return STATUS_WITHOUT_PERIOD;
    }
    return stayExpiresOn != null && stayExpiresOn.isAfter(cardExpiresOn)
        ? RENEWED
        : NOT_YET_RENEWED;
  }
}
