package jp.mynacard.renewal;

import java.time.LocalDate;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.ResidentStatus;
import jp.mynacard.validity.Holder;
import jp.mynacard.validity.ResidenceStatus;

/**
 * A resident and their current card as the registry holds them now: what a letter is addressed to
 * and what decides whether each due item still gets one.
 */
public record ResidentState(
    String residentId,
    ResidentStatus status,
    String familyName,
    String givenName,
    String language,
    String postalCode,
    String address,
    String nationality,
    String residenceStatus,
    LocalDate stayExpiresOn,
    String cardId,
    CardStatus cardStatus,
    LocalDate cardExpiresOn,
    String userCertSerial,
    String signCertSerial) {

  /** Whether the card ends because the period of stay ends (a STAY item, not a CARD item). */
  public boolean cardEndsWithStay() {
    return !Holder.JAPAN.equals(nationality)
        && residenceStatus != null
        && new ResidenceStatus(residenceStatus).hasPeriodOfStay()
        && stayExpiresOn != null
        && stayExpiresOn.equals(cardExpiresOn);
  }

  public String addressee() {
    return familyName + " " + givenName;
  }
}
