package jp.mynacard.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.mynacard.validity.Expiry;
import jp.mynacard.validity.Holder;
import jp.mynacard.validity.ResidenceStatus;
import jp.mynacard.validity.ValidityRules;

/**
 * Computes a preview from a request: a card and both certificates issued on {@code issuedOn}, and
 * the renewal window of whichever of them expires first (when the resident can first come in).
 * Pure, so it is unit-tested without a server.
 */
public final class ValidityPreview {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final ValidityRules rules;

  public ValidityPreview(ValidityRules rules) {
    this.rules = rules;
  }

  public ValidityPreviewResponse compute(ValidityPreviewRequest in) {
    if (in == null) {
      throw new BadRequest("a JSON body with birthDate and issuedOn is required");
    }
    LocalDate birth = date("birthDate", in.birthDate, true);
    LocalDate issued = date("issuedOn", in.issuedOn, true);
    LocalDate applied = date("applicationReceivedOn", in.applicationReceivedOn, false);
    LocalDate previous = date("previousCertExpiresOn", in.previousCertExpiresOn, false);
    Holder holder = holder(in, birth);
    Expiry card = rules.cardExpiry(holder, applied, issued);
    Expiry user = rules.userCertExpiry(holder, issued, card.date(), previous);
    Optional<Expiry> sign =
        rules.signCertExpiry(holder, issued, card.date(), user.date(), previous);

    ValidityPreviewResponse out = new ValidityPreviewResponse();
    Map<String, String> rule = new LinkedHashMap<>();
    out.cardExpiresOn = card.date().toString();
    rule.put("cardExpiresOn", card.rule());
    out.userCertExpiresOn = user.date().toString();
    rule.put("userCertExpiresOn", user.rule());
    out.signCertExpiresOn = sign.map(e -> e.date().toString()).orElse(null);
    rule.put(
        "signCertExpiresOn",
        sign.map(Expiry::rule).orElse("not issued: the holder is under 15 on the issue date"));
    boolean certFirst = user.date().isBefore(card.date());
    LocalDate first = certFirst ? user.date() : card.date();
    out.renewalOpensOn = rules.renewalOpensOn(first).toString();
    rule.put(
        "renewalOpensOn",
        "three months before "
            + (certFirst
                ? "the certificates' expiry, which comes before the card's"
                : "the card's expiry"));
    out.rule = rule;
    return out;
  }

  private static Holder holder(ValidityPreviewRequest in, LocalDate birth) {
    String nationality =
        in.nationality == null || in.nationality.isBlank()
            ? Holder.JAPAN
            : in.nationality.strip().toUpperCase(Locale.ROOT);
    if (!nationality.matches("[A-Z]{2}")) {
      throw new BadRequest("nationality must be an ISO 3166-1 alpha-2 code such as JP or VN");
    }
    ResidenceStatus status =
        in.residenceStatus == null || in.residenceStatus.isBlank()
            ? null
            : ResidenceStatus.parse(in.residenceStatus);
    return new Holder(birth, nationality, status, date("stayExpiresOn", in.stayExpiresOn, false));
  }

  private static LocalDate date(String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new BadRequest(field + " is required (yyyy-MM-dd)");
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), ISO);
    } catch (DateTimeParseException e) {
      throw new BadRequest(field + " is not a real date in the form yyyy-MM-dd");
    }
  }
}
