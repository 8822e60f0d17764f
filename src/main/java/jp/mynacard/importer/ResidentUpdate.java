package jp.mynacard.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import jp.mynacard.registry.BasicFactsOf;
import jp.mynacard.registry.Card;
import jp.mynacard.registry.Resident;
import jp.mynacard.validity.BasicFacts;

/**
 * Applies one accepted row to a resident already in the registry, recording which columns changed.
 * A change of name, address, birth date or sex revokes the signature certificate
 * (affiliationChanged). Card states only move forward here (active, suspended, abolished): a
 * suspension is cancelled and nothing is un-abolished only at the counter, so an extract that says
 * otherwise is reported as an anomaly and the registry's state is kept.
 *
 * <p>The same code forecasts an import (issue 11): entities detached from the persistence context
 * are changed, nothing is stored, and {@link #changes} says what the import would change.
 */
final class ResidentUpdate {
  final List<String> changed = new ArrayList<>();
  final List<Anomaly> anomalies = new ArrayList<>();

  /** What changed, as the audit trail records it. */
  final List<RowChange> changes = new ArrayList<>();

  int signCertsRevoked;
  int cardsSuperseded;

  /** Signature certificates of the registry revoked, for whatever reason. */
  int signCertRevocations;

  /** Cards of the registry abolished (superseded or by the extract's status). */
  int cardAbolitions;

  private final ImportRow row;
  private final RegistrySnapshot registry;
  private final Consumer<Object> store;
  private final ImportRun run;

  /**
   * @param store makes a new entity persistent: {@code em::persist}, or nothing for a forecast
   */
  ResidentUpdate(ImportRow row, RegistrySnapshot registry, Consumer<Object> store, ImportRun run) {
    this.row = row;
    this.registry = registry;
    this.store = store;
    this.run = run;
  }

  /** Whether the row revokes a signature certificate or abolishes a card the registry holds. */
  boolean isMassChange() {
    return signCertRevocations > 0 || cardAbolitions > 0;
  }

  void apply(Resident r) {
    BasicFacts before = BasicFactsOf.resident(r);
    ResidentData in = row.resident();
    if (!r.getNumberHash().equals(row.number().hash())) {
      r.setNumberHash(row.number().hash());
      r.setNumberSealed(row.number().sealed());
      changed.add("individual_number");
    }
    set("family_name", r.getFamilyName(), in.familyName(), r::setFamilyName);
    set("given_name", r.getGivenName(), in.givenName(), r::setGivenName);
    set("family_name_kana", r.getFamilyNameKana(), in.familyNameKana(), r::setFamilyNameKana);
    set("given_name_kana", r.getGivenNameKana(), in.givenNameKana(), r::setGivenNameKana);
    set("birth_date", r.getBirthDate(), in.birthDate(), r::setBirthDate);
    set("sex", r.getSex(), in.sex(), r::setSex);
    set("postal_code", r.getPostalCode(), in.postalCode(), r::setPostalCode);
    set("address", r.getAddress(), in.address(), r::setAddress);
    set("nationality", r.getNationality(), in.nationality(), r::setNationality);
    set("residence_status", r.getResidenceStatus(), in.residenceStatus(), r::setResidenceStatus);
    set("stay_expires_on", r.getStayExpiresOn(), in.stayExpiresOn(), r::setStayExpiresOn);
    set("language", r.getLanguage(), in.language(), r::setLanguage);
    set("email", r.getEmail(), in.email(), r::setEmail);
    set("email_consent", r.isEmailConsent(), in.emailConsent(), r::setEmailConsent);
    set("resident_status", r.getStatus(), in.status(), r::setStatus);
    List<String> lapsing = in.basicFacts().changedSince(before);
    new CardUpdate(this, r, lapsing).apply();
    r.setImportedFrom(run.instanceId(), row.line());
    if (!changed.isEmpty()) {
      r.setUpdatedAt(run.now());
      changes.add(
          new RowChange(
              row.line(),
              row.residentId(),
              "REGISTRY_UPDATED",
              "RESIDENT",
              r.getResidentId(),
              "resident-record extract",
              "changed: " + String.join(", ", changed)));
    }
  }

  <T> void set(String column, T current, T incoming, Consumer<T> setter) {
    if (!Objects.equals(current, incoming)) {
      setter.accept(incoming);
      changed.add(column);
    }
  }

  void audit(String action, String targetType, String targetId, String reason) {
    changes.add(
        new RowChange(row.line(), row.residentId(), action, targetType, targetId, reason, null));
  }

  void store(Object entity) {
    store.accept(entity);
  }

  void anomaly(String column, String recorded, String expected, String note) {
    anomalies.add(new Anomaly(row.line(), row.residentId(), column, recorded, expected, note));
  }

  ImportRow row() {
    return row;
  }

  RegistrySnapshot registry() {
    return registry;
  }

  ImportRun run() {
    return run;
  }

  static String cardOf(Card c) {
    return c == null ? "" : c.getCardId();
  }
}
