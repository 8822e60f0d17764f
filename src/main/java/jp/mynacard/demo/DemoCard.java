package jp.mynacard.demo;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import jp.mynacard.importer.RegistryColumn;
import jp.mynacard.validity.CardExpiryRule;
import jp.mynacard.validity.Expiry;
import jp.mynacard.validity.Holder;
import jp.mynacard.validity.ValidityRules;

/**
 * A resident's card and certificates, issued between October 2015 and the reference date and
 * renewed (cards inside the window, certificates on or after their expiry) whenever they would
 * otherwise have lapsed more than a few months before the reference date, as a municipality's real
 * registry looks. A few cards are suspended or abolished, and one in a thousand has its expiry
 * recorded a year too long (the J-LIS incident).
 */
final class DemoCard {
  private static final LocalDate FIRST_ISSUE = LocalDate.of(2015, 10, 5);
  private static final long SERIAL_BASE = 0x10_0000_0000L;

  private final ValidityRules rules;
  private final LocalDate reference;
  private final SplittableRandom random;
  private final long index;
  private final String[] row;

  DemoCard(
      ValidityRules rules, LocalDate reference, SplittableRandom random, long index, String[] row) {
    this.rules = rules;
    this.reference = reference;
    this.random = random;
    this.index = index;
    this.row = row;
  }

  void build(Holder holder) {
    LocalDate earliest = holder.birthDate().isAfter(FIRST_ISSUE) ? holder.birthDate() : FIRST_ISSUE;
    // a card is issued while the holder may stay
    LocalDate latest =
        holder.periodOfStayEnd().filter(end -> end.isBefore(reference)).orElse(reference);
    long span = DemoResident.daysBetween(earliest, latest);
    LocalDate issued = earliest.plusDays(span <= 0 ? 0 : (long) (random.nextDouble() * span));
    // older records may lack the application date; one issued from April 2022 always has it (an
    // 18- or 19-year-old's card would otherwise be an anomaly: five or ten years?)
    boolean applicationKnown = !chance(0.2);
    LocalDate applied = application(holder, issued, 14 + random.nextInt(45), applicationKnown);
    Expiry card = rules.cardExpiry(holder, applied, issued);
    while (card.date().isBefore(reference.minusDays(90)) && holder.periodOfStayEnd().isEmpty()) {
      issued = renewalDay(card.date());
      applied = application(holder, issued, random.nextInt(20), applicationKnown);
      card = rules.cardExpiry(holder, applied, issued);
    }
    put(RegistryColumn.CARD_ID, String.format("C%010d", index + 1));
    put(RegistryColumn.CARD_APPLICATION_RECEIVED_ON, applied == null ? null : applied.toString());
    put(RegistryColumn.CARD_ISSUED_ON, issued.toString());
    LocalDate recorded = chance(0.001) ? card.date().plusYears(1) : card.date();
    put(RegistryColumn.CARD_EXPIRES_ON, chance(0.1) ? null : recorded.toString());
    put(
        RegistryColumn.CARD_STATUS,
        chance(0.015) ? "SUSPENDED" : chance(0.015) ? "ABOLISHED" : "ACTIVE");
    if (chance(0.95)) {
      certificates(holder, issued, card.date());
    }
  }

  /** User-identification and (from 15) signature certificates, renewed like the card. */
  private void certificates(Holder holder, LocalDate issued, LocalDate cardExpiry) {
    LocalDate previous = null;
    Expiry user = rules.userCertExpiry(holder, issued, cardExpiry, null);
    while (user.date().isBefore(reference.minusDays(60)) && user.date().isBefore(cardExpiry)) {
      // renewed on the expiry day or soon after: an early renewal (6th birthday) is confirmed only
      // by the replaced certificate in the registry, which a first import does not hold
      previous = user.date();
      issued = min(previous.plusDays(random.nextInt(30)), min(cardExpiry, reference));
      user = rules.userCertExpiry(holder, issued, cardExpiry, previous);
    }
    put(RegistryColumn.USER_CERT_SERIAL, serial(0));
    put(RegistryColumn.USER_CERT_ISSUED_ON, issued.toString());
    put(RegistryColumn.USER_CERT_EXPIRES_ON, chance(0.1) ? null : user.date().toString());
    Optional<Expiry> sign = rules.signCertExpiry(holder, issued, cardExpiry, user.date(), previous);
    if (sign.isPresent() && chance(0.85)) {
      put(RegistryColumn.SIGN_CERT_SERIAL, serial(1));
      put(RegistryColumn.SIGN_CERT_ISSUED_ON, issued.toString());
      put(RegistryColumn.SIGN_CERT_EXPIRES_ON, sign.get().date().toString());
    }
  }

  /** A day inside the renewal window of {@code expiry}, not after it nor the reference date. */
  private LocalDate renewalDay(LocalDate expiry) {
    LocalDate day = rules.renewalOpensOn(expiry).plusDays(random.nextInt(85));
    LocalDate last = expiry.isBefore(reference) ? expiry : reference;
    return day.isAfter(last) ? last : day;
  }

  private static LocalDate application(
      Holder holder, LocalDate issued, int daysBefore, boolean known) {
    if (!known && issued.isBefore(CardExpiryRule.THRESHOLD_18_FROM)) {
      return null;
    }
    LocalDate applied = issued.minusDays(daysBefore);
    return applied.isBefore(holder.birthDate()) ? holder.birthDate() : applied;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private String serial(int kind) {
    return String.format("%012X", SERIAL_BASE + 2 * index + kind);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private void put(RegistryColumn column, String value) {
    row[column.ordinal()] = value;
  }
}
