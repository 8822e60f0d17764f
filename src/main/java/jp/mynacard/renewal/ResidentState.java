package jp.mynacard.renewal;

import java.time.LocalDate;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.ResidentStatus;

/**
 * A resident and their current card as the registry holds them now: what a letter is addressed to
 * and what decides whether each due item still gets one.
 *
 * @param card the current card, null when the resident has none
 */
public record ResidentState(
    String residentId,
    ResidentStatus status,
    String familyName,
    String givenName,
    String language,
    String postalCode,
    String address,
    LocalDate birthDate,
    String nationality,
    String residenceStatus,
    LocalDate stayExpiresOn,
    CardState card) {

  public String cardId() {
    return card == null ? null : card.cardId();
  }

  public CardStatus cardStatus() {
    return card == null ? null : card.status();
  }

  /** The card's told date (the earlier of recorded and computed), null without a card. */
  public LocalDate cardExpiresOn() {
    return card == null ? null : card.dates().told();
  }

  public String userCertSerial() {
    return card == null ? null : card.userCertSerial();
  }

  public String signCertSerial() {
    return card == null ? null : card.signCertSerial();
  }

  public String addressee() {
    return familyName + " " + givenName;
  }
}
