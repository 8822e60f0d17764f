package jp.mynacard.validity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts about a card holder that the validity rules read.
 *
 * @param birthDate date of birth
 * @param nationality ISO 3166-1 alpha-2 code; {@code JP} for nationals
 * @param residenceStatus status of residence of a foreign resident, null for nationals
 * @param stayExpiresOn end of the period of stay, null when there is none
 */
public record Holder(
    LocalDate birthDate,
    String nationality,
    ResidenceStatus residenceStatus,
    LocalDate stayExpiresOn) {
  public static final String JAPAN = "JP";

  public Holder {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(nationality, "nationality");
    if (!JAPAN.equals(nationality) && residenceStatus == null) {
      throw new ValidityException("a foreign resident needs a residence status");
    }
    if (JAPAN.equals(nationality) && residenceStatus != null) {
      throw new ValidityException("a national has no residence status");
    }
    if (limitedByStay(nationality, residenceStatus) && stayExpiresOn == null) {
      throw new ValidityException(
          "residence status "
              + residenceStatus
              + " has a period of stay: its end date is required");
    }
  }

  public static Holder national(LocalDate birthDate) {
    return new Holder(birthDate, JAPAN, null, null);
  }

  /** The end of the period of stay when it limits the card; empty for nationals and exceptions. */
  public Optional<LocalDate> periodOfStayEnd() {
    return limitedByStay(nationality, residenceStatus)
        ? Optional.of(stayExpiresOn)
        : Optional.empty();
  }

  private static boolean limitedByStay(String nationality, ResidenceStatus status) {
    return !JAPAN.equals(nationality) && status != null && status.hasPeriodOfStay();
  }
}
