package jp.mynacard.importer;

import static jp.mynacard.importer.RegistryColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateKind;
import jp.mynacard.registry.ResidentStatus;
import jp.mynacard.validity.Holder;
import jp.mynacard.validity.IndividualNumber;
import jp.mynacard.validity.ResidenceStatus;
import jp.mynacard.validity.ValidityException;
import jp.mynacard.validity.ValidityRules;

/**
 * Validates one record of the extract against the layout of DESIGN.md §3.1 and the validity rules.
 * The first broken rule rejects the row; facts that are odd but possible become anomalies. Pure:
 * the date of "today" and the sealing of the number are passed in.
 */
public final class RowValidator {
  static final Set<String> LANGUAGES =
      Set.of("ja", "en", "zh", "ko", "es", "pt", "th", "ne", "id", "vi", "tl");

  /** ISO 3166-1 alpha-2 codes, plus XX for stateless residents (ISO's user-assigned range). */
  private static final Set<String> COUNTRIES = countries();

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern POSTAL_CODE_FORMAT = Pattern.compile("(\\d{3})-?(\\d{4})");
  private static final Pattern EMAIL_FORMAT = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

  private final ValidityRules rules;
  private final NumberSealer sealer;

  public RowValidator(ValidityRules rules, NumberSealer sealer) {
    this.rules = rules;
    this.sealer = sealer;
  }

  public RowOutcome validate(SourceRow row, LocalDate today) {
    if (row.unreadable() != null) {
      return RowOutcome.reject(new Rejection(row.line(), "", "", row.unreadable()));
    }
    String residentId = "";
    try {
      residentId = residentId(row);
      return RowOutcome.accept(validate(row, residentId, today));
    } catch (FieldException e) {
      return RowOutcome.reject(
          new Rejection(row.line(), residentId, e.column().header(), e.getMessage()));
    }
  }

  private ImportRow validate(SourceRow row, String residentId, LocalDate today) {
    Fields f = new Fields(row);
    ProtectedNumber number = number(f, residentId);
    ResidentData resident = resident(f, residentId, today);
    Holder holder = holder(resident);
    List<Anomaly> anomalies = new ArrayList<>(0);
    if (resident.emailConsent() && resident.email() == null) {
      anomalies.add(
          new Anomaly(
              row.line(),
              residentId,
              EMAIL_CONSENT.header(),
              "true",
              "",
              "consent given but no e-mail address: letters go by post only"));
    }
    ExpiryCheck check = new ExpiryCheck(rules, row.line(), residentId, anomalies);
    CardData card = card(f, holder, today, check);
    CertificateData user = null;
    CertificateData sign = null;
    if (card == null) {
      requireAllEmpty(
          f,
          CARD_ID,
          USER_CERT_SERIAL,
          USER_CERT_ISSUED_ON,
          USER_CERT_EXPIRES_ON,
          SIGN_CERT_SERIAL,
          SIGN_CERT_ISSUED_ON,
          SIGN_CERT_EXPIRES_ON);
    } else {
      user = certificate(f, holder, card, CertificateKind.USER_IDENTIFICATION, null, today, check);
      sign =
          certificate(
              f,
              holder,
              card,
              CertificateKind.SIGNATURE,
              // capped by the user certificate's date as recorded when that is a 6th birthday
              user == null
                  ? null
                  : user.sixthBirthday() != null ? user.sixthBirthday() : user.computedExpiresOn(),
              today,
              check);
      if (sign != null && !rules.signCertIssuable(holder, sign.issuedOn())) {
        anomalies.add(
            new Anomaly(
                row.line(),
                residentId,
                SIGN_CERT_ISSUED_ON.header(),
                sign.issuedOn().toString(),
                "",
                "a signature certificate is not issued under 15"));
      }
    }
    return new ImportRow(row.line(), resident, number, card, user, sign, List.copyOf(anomalies));
  }

  private static String residentId(SourceRow row) {
    String id = new Fields(row).required(RESIDENT_ID);
    if (IndividualNumber.isValid(id)) {
      throw new FieldException(RESIDENT_ID, "holds an Individual Number: columns may be shifted");
    }
    if (!ID.matcher(id).matches()) {
      throw new FieldException(RESIDENT_ID, "may hold only letters, digits, '-' and '_'");
    }
    return id;
  }

  private ProtectedNumber number(Fields f, String residentId) {
    try {
      return sealer.protect(IndividualNumber.parse(f.required(INDIVIDUAL_NUMBER)), residentId);
    } catch (ValidityException e) {
      throw new FieldException(INDIVIDUAL_NUMBER, e.getMessage());
    }
  }

  private static ResidentData resident(Fields f, String residentId, LocalDate today) {
    LocalDate birth = f.requiredDate(BIRTH_DATE);
    if (birth.isAfter(today) || birth.isBefore(EARLIEST_BIRTH)) {
      throw new FieldException(BIRTH_DATE, "must lie between 1880-01-01 and today");
    }
    String sex = f.required(SEX).toUpperCase(Locale.ROOT);
    if (!sex.equals("M") && !sex.equals("F")) {
      throw new FieldException(SEX, "must be M or F");
    }
    String nationality = f.required(NATIONALITY).toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(nationality)) {
      throw new FieldException(NATIONALITY, "is not an ISO 3166-1 alpha-2 country code");
    }
    String language = f.required(LANGUAGE).toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(language)) {
      throw new FieldException(LANGUAGE, "must be one of " + new java.util.TreeSet<>(LANGUAGES));
    }
    String email = f.optional(EMAIL);
    if (email != null && !EMAIL_FORMAT.matcher(email).matches()) {
      throw new FieldException(EMAIL, "is not an e-mail address");
    }
    return new ResidentData(
        residentId,
        f.requiredText(FAMILY_NAME),
        f.requiredText(GIVEN_NAME),
        f.optionalText(FAMILY_NAME_KANA),
        f.optionalText(GIVEN_NAME_KANA),
        birth,
        sex,
        postalCode(f),
        f.requiredText(ADDRESS),
        nationality,
        residenceStatus(f, nationality),
        f.optionalDate(STAY_EXPIRES_ON),
        language,
        email,
        f.flag(EMAIL_CONSENT),
        f.requiredEnum(RESIDENT_STATUS, ResidentStatus.class));
  }

  private static String postalCode(Fields f) {
    var m = POSTAL_CODE_FORMAT.matcher(f.required(POSTAL_CODE));
    if (!m.matches()) {
      throw new FieldException(POSTAL_CODE, "must be seven digits, as 305-0032 or 3050032");
    }
    return m.group(1) + "-" + m.group(2);
  }

  private static String residenceStatus(Fields f, String nationality) {
    String status = f.optional(RESIDENCE_STATUS);
    if (Holder.JAPAN.equals(nationality)) {
      if (status != null) {
        throw new FieldException(RESIDENCE_STATUS, "must be empty for a Japanese national");
      }
      return null;
    }
    if (status == null) {
      throw new FieldException(RESIDENCE_STATUS, "is required for a foreign resident");
    }
    try {
      return ResidenceStatus.parse(status).code();
    } catch (ValidityException e) {
      throw new FieldException(RESIDENCE_STATUS, e.getMessage());
    }
  }

  private static Holder holder(ResidentData r) {
    ResidenceStatus status =
        r.residenceStatus() == null ? null : new ResidenceStatus(r.residenceStatus());
    if (status != null && status.hasPeriodOfStay() && r.stayExpiresOn() == null) {
      throw new FieldException(
          STAY_EXPIRES_ON, "is required: residence status " + status + " has a period of stay");
    }
    return new Holder(r.birthDate(), r.nationality(), status, r.stayExpiresOn());
  }

  private static CardData card(Fields f, Holder holder, LocalDate today, ExpiryCheck check) {
    String cardId = f.optional(CARD_ID);
    if (cardId == null) {
      requireAllEmpty(
          f, CARD_ID, CARD_APPLICATION_RECEIVED_ON, CARD_ISSUED_ON, CARD_EXPIRES_ON, CARD_STATUS);
      return null;
    }
    if (!ID.matcher(cardId).matches()) {
      throw new FieldException(CARD_ID, "may hold only letters, digits, '-' and '_'");
    }
    LocalDate issued = notFuture(f, CARD_ISSUED_ON, today);
    if (issued.isBefore(holder.birthDate())) {
      throw new FieldException(CARD_ISSUED_ON, "is before the birth date");
    }
    if (holder.periodOfStayEnd().filter(end -> end.isBefore(issued)).isPresent()) {
      // no card is issued to a resident whose stay has already ended: a mistyped date or year
      throw new FieldException(STAY_EXPIRES_ON, "ended before card_issued_on " + issued);
    }
    LocalDate applied = f.optionalDate(CARD_APPLICATION_RECEIVED_ON);
    if (applied != null && applied.isAfter(issued)) {
      throw new FieldException(CARD_APPLICATION_RECEIVED_ON, "is after card_issued_on");
    }
    return check.card(
        holder,
        cardId,
        applied,
        issued,
        f.optionalDate(CARD_EXPIRES_ON),
        f.requiredEnum(CARD_STATUS, CardStatus.class));
  }

  private static CertificateData certificate(
      Fields f,
      Holder holder,
      CardData card,
      CertificateKind kind,
      LocalDate userCertComputed,
      LocalDate today,
      ExpiryCheck check) {
    boolean user = kind == CertificateKind.USER_IDENTIFICATION;
    RegistryColumn serialColumn = user ? USER_CERT_SERIAL : SIGN_CERT_SERIAL;
    RegistryColumn issuedColumn = user ? USER_CERT_ISSUED_ON : SIGN_CERT_ISSUED_ON;
    RegistryColumn expiresColumn = user ? USER_CERT_EXPIRES_ON : SIGN_CERT_EXPIRES_ON;
    String serial = f.serial(serialColumn);
    if (serial == null) {
      requireAllEmpty(f, serialColumn, issuedColumn, expiresColumn);
      return null;
    }
    LocalDate issued = notFuture(f, issuedColumn, today);
    if (issued.isBefore(card.issuedOn())) {
      throw new FieldException(issuedColumn, "is before card_issued_on");
    }
    if (issued.isAfter(card.effectiveExpiresOn())) {
      throw new FieldException(
          issuedColumn, "is after the card's expiry " + card.effectiveExpiresOn());
    }
    return check.certificate(
        holder,
        kind,
        serial,
        issued,
        f.optionalDate(expiresColumn),
        card,
        userCertComputed,
        expiresColumn);
  }

  private static LocalDate notFuture(Fields f, RegistryColumn column, LocalDate today) {
    LocalDate d = f.requiredDate(column);
    if (d.isAfter(today)) {
      throw new FieldException(column, "is in the future");
    }
    return d;
  }

  /** Columns that only make sense with {@code key}, which is empty: they must be empty too. */
  private static void requireAllEmpty(Fields f, RegistryColumn key, RegistryColumn... columns) {
    for (RegistryColumn c : columns) {
      if (f.optional(c) != null) {
        throw new FieldException(c, "must be empty when " + key.header() + " is empty");
      }
    }
  }

  private static Set<String> countries() {
    Set<String> codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
    codes.add("XX");
    return Set.copyOf(codes);
  }
}
