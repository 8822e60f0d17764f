package jp.mynacard.importer;

import java.time.LocalDate;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.validity.ValidityRules;

/**
 * The validated card columns of one row, with the expiry the registry will keep ({@code expiresOn}:
 * the recorded date, or the computed one when none was recorded).
 */
public record CardData(
    String cardId,
    LocalDate applicationReceivedOn,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate computedExpiresOn,
    CardStatus status) {

  /** The date the card is told on and its certificates are computed against. */
  public LocalDate effectiveExpiresOn() {
    return ValidityRules.effectiveExpiry(expiresOn, computedExpiresOn);
  }
}
