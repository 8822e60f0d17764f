package jp.mynacard.validity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A foreign resident's status of residence, as a code such as {@code STUDENT} or {@code
 * PERMANENT_RESIDENT}.
 *
 * <p>Only three statuses carry no period of stay for the card rule (DESIGN.md §2): permanent
 * resident, special permanent resident and Highly Skilled Professional (ii). Every other status
 * does, including ones the Immigration Services Agency adds later, so codes are accepted by shape
 * rather than from a closed list: a new status must not stop a night's import.
 */
public record ResidenceStatus(String code) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
  private static final Set<String> WITHOUT_PERIOD_OF_STAY =
      Set.of("PERMANENT_RESIDENT", "SPECIAL_PERMANENT_RESIDENT", "HIGHLY_SKILLED_PROFESSIONAL_II");

  public static final ResidenceStatus PERMANENT_RESIDENT =
      new ResidenceStatus("PERMANENT_RESIDENT");

  public ResidenceStatus {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new ValidityException(
          "residence status must be an upper-case code such as STUDENT or PERMANENT_RESIDENT");
    }
  }

  public static ResidenceStatus parse(String value) {
    return new ResidenceStatus(value.trim().toUpperCase(Locale.ROOT));
  }

  public boolean hasPeriodOfStay() {
    return !WITHOUT_PERIOD_OF_STAY.contains(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
