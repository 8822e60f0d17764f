package jp.mynacard.validity;

import java.util.Objects;

/**
 * A resident's Individual Number (My Number): twelve digits, the last a check digit.
 *
 * <p>It is specific personal information under Japanese law, so this type never prints itself:
 * {@link #toString()} masks every digit, and error messages name the rule broken, never the digits.
 * Code that must store or hash the number asks for {@link #digits()} explicitly.
 */
public final class IndividualNumber {
  private static final int[] WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  private static final String MASK = "************";

  private final String digits;

  private IndividualNumber(String digits) {
    this.digits = digits;
  }

  /** Parses twelve ASCII digits with a valid check digit; surrounding blanks are ignored. */
  public static IndividualNumber parse(String value) {
    if (value == null) {
      throw new ValidityException("an Individual Number is required");
    }
    String v = value.strip();
    if (v.length() != 12 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new ValidityException("an Individual Number has exactly 12 digits");
    }
    if (!isValid(v)) {
      throw new ValidityException("the Individual Number's check digit does not match");
    }
    return new IndividualNumber(v);
  }

  /** Whether {@code value} is a well-formed number; never throws. */
  public static boolean isValid(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip();
    return v.length() == 12
        && v.chars().allMatch(c -> c >= '0' && c <= '9')
        && checkDigit(v) == v.charAt(11) - '0';
  }

  /** The check digit of the first eleven digits of {@code digits}. */
  public static int checkDigit(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
  }

  /** The twelve digits, for encryption and keyed hashing only. */
  public String digits() {
    return digits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndividualNumber other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(digits);
  }

  @Override
  public String toString() {
    return MASK;
  }
}
