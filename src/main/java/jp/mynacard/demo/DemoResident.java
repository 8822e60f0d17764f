package jp.mynacard.demo;

import static jp.mynacard.demo.DemoNames.pick;

import java.time.LocalDate;
import java.time.Year;
import java.util.SplittableRandom;
import jp.mynacard.importer.RegistryColumn;
import jp.mynacard.validity.Holder;
import jp.mynacard.validity.IndividualNumber;
import jp.mynacard.validity.ResidenceStatus;
import jp.mynacard.validity.ValidityRules;

/**
 * One fictional resident as a row of the import layout. Each resident has a random generator of its
 * own, seeded from the run's seed and its index, so resident 42 is the same whatever the number of
 * residents generated.
 */
final class DemoResident {
  private final ValidityRules rules;
  private final LocalDate reference;
  private final SplittableRandom random;
  private final long index;
  private final String[] row = new String[RegistryColumn.values().length];

  DemoResident(ValidityRules rules, LocalDate reference, long seed, long index) {
    this.rules = rules;
    this.reference = reference;
    this.index = index;
    // SplittableRandom mixes its seed: java.util.Random seeded with consecutive numbers gives
    // nearly the same first draws, which clustered foreign residents in long runs
    this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
  }

  String[] build() {
    boolean foreign = chance(0.06);
    boolean female = random.nextBoolean();
    LocalDate birth = birthDate();
    put(RegistryColumn.RESIDENT_ID, String.format("R%08d", index + 1));
    put(RegistryColumn.INDIVIDUAL_NUMBER, individualNumber());
    put(RegistryColumn.BIRTH_DATE, birth.toString());
    put(RegistryColumn.SEX, female ? "F" : "M");
    put(RegistryColumn.POSTAL_CODE, String.format("123-45%02d", random.nextInt(100)));
    put(
        RegistryColumn.ADDRESS,
        String.format(
            "%s%d丁目%d番%d号",
            pick(random, DemoNames.DISTRICTS),
            1 + random.nextInt(5),
            1 + random.nextInt(30),
            1 + random.nextInt(20)));
    Holder holder = foreign ? foreigner(birth) : national(birth, female);
    put(
        RegistryColumn.RESIDENT_STATUS,
        chance(0.025) ? "MOVED_OUT" : chance(0.015) ? "DECEASED" : "RESIDENT");
    if (chance(0.3)) {
      put(RegistryColumn.EMAIL, String.format("resident%d@example.jp", index + 1));
      put(RegistryColumn.EMAIL_CONSENT, chance(0.7) ? "true" : "false");
    } else {
      put(RegistryColumn.EMAIL_CONSENT, "false");
    }
    if (chance(0.8)) {
      new DemoCard(rules, reference, random, index, row).build(holder);
    }
    return row;
  }

  private Holder national(LocalDate birth, boolean female) {
    DemoNames.Name family = pick(random, DemoNames.FAMILY);
    DemoNames.Name given = pick(random, female ? DemoNames.GIVEN_F : DemoNames.GIVEN_M);
    names(family, given);
    put(RegistryColumn.NATIONALITY, "JP");
    put(RegistryColumn.LANGUAGE, "ja");
    return Holder.national(birth);
  }

  private Holder foreigner(LocalDate birth) {
    names(pick(random, DemoNames.FOREIGN_FAMILY), pick(random, DemoNames.FOREIGN_GIVEN));
    String nationality = pick(random, DemoNames.NATIONALITIES);
    boolean withStay = chance(0.65);
    String status = pick(random, withStay ? DemoNames.WITH_STAY : DemoNames.WITHOUT_STAY);
    LocalDate stay = withStay ? reference.plusDays(random.nextInt(5 * 365) - 30) : null;
    put(RegistryColumn.NATIONALITY, nationality);
    put(RegistryColumn.RESIDENCE_STATUS, status);
    put(RegistryColumn.STAY_EXPIRES_ON, stay == null ? null : stay.toString());
    put(RegistryColumn.LANGUAGE, chance(0.2) ? "en" : DemoNames.LANGUAGE.get(nationality));
    return new Holder(birth, nationality, new ResidenceStatus(status), stay);
  }

  private void names(DemoNames.Name family, DemoNames.Name given) {
    put(RegistryColumn.FAMILY_NAME, family.written());
    put(RegistryColumn.GIVEN_NAME, given.written());
    put(RegistryColumn.FAMILY_NAME_KANA, family.kana());
    put(RegistryColumn.GIVEN_NAME_KANA, given.kana());
  }

  /** Ages 0 to 100 on the reference date; one in 400 is born on 29 February. */
  private LocalDate birthDate() {
    LocalDate birth = reference.minusDays(random.nextInt(101 * 365));
    if (chance(0.0025)) {
      int year = birth.getYear();
      while (!Year.isLeap(year) || LocalDate.of(year, 2, 29).isAfter(reference)) {
        year--;
      }
      birth = LocalDate.of(year, 2, 29);
    }
    return birth;
  }

  /** Unique per index: multiplying by an odd number not divisible by 5 permutes 11-digit values. */
  private String individualNumber() {
    long body = Math.floorMod(index * 48_271_147_813L + 31_415_926_535L, 100_000_000_000L);
    String digits = String.format("%011d", body);
    return digits + IndividualNumber.checkDigit(digits);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private void put(RegistryColumn column, String value) {
    row[column.ordinal()] = value;
  }

  static long daysBetween(LocalDate from, LocalDate to) {
    return java.time.temporal.ChronoUnit.DAYS.between(from, to);
  }
}
