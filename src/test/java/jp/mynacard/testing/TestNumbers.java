package jp.mynacard.testing;

import jp.mynacard.validity.IndividualNumber;

/** Valid, fictional Individual Numbers for tests: eleven digits from a seed, plus check digit. */
public final class TestNumbers {
  private TestNumbers() {}

  public static String valid(long seed) {
    String body =
        String.format(
            "%011d", Math.floorMod(seed * 7_919_191L + 40_000_000_001L, 100_000_000_000L));
    return body + IndividualNumber.checkDigit(body);
  }

  /** The same number with a wrong check digit. */
  public static String wrongCheckDigit(long seed) {
    String v = valid(seed);
    int wrong = (v.charAt(11) - '0' + 1) % 10;
    return v.substring(0, 11) + wrong;
  }
}
