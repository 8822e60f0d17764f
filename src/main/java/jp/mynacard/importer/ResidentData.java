package jp.mynacard.importer;

import java.time.LocalDate;
import jp.mynacard.registry.ResidentStatus;
import jp.mynacard.validity.BasicFacts;

/** The validated resident columns of one row (without the Individual Number). */
public record ResidentData(
    String residentId,
    String familyName,
    String givenName,
    String familyNameKana,
    String givenNameKana,
    LocalDate birthDate,
    String sex,
    String postalCode,
    String address,
    String nationality,
    String residenceStatus,
    LocalDate stayExpiresOn,
    String language,
    String email,
    boolean emailConsent,
    ResidentStatus status) {

  public BasicFacts basicFacts() {
    return new BasicFacts(familyName, givenName, address, birthDate, sex);
  }
}
