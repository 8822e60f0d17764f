package jp.mynacard.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers that no other test, nor an earlier run against the same database, has used: a random
 * prefix for resident ids and a random base for Individual Numbers and serials.
 */
public record ItIds(String prefix, long numberBase) {
  public static ItIds fresh() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return new ItIds(
        "T" + Long.toString(r.nextLong(1L << 40), 36).toUpperCase() + "-",
        r.nextLong(1_000_000_000L, 90_000_000_000L));
  }

  public String resident(int i) {
    return prefix + i;
  }

  public RegistryRows national(int i) {
    return RegistryRows.national(resident(i), numberBase + i);
  }

  public String number(int i) {
    return TestNumbers.valid(numberBase + i);
  }
}
