package jp.mynacard.importer;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import jp.mynacard.registry.AuditEntry;
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
 */
final class ResidentUpdate {
  final List<String> changed = new ArrayList<>();
  final List<Anomaly> anomalies = new ArrayList<>();
  final List<AuditEntry> audits = new ArrayList<>();
  int signCertsRevoked;
  int cardsSuperseded;

  private final ImportRow row;
  private final RegistrySnapshot registry;
  private final EntityManager em;
  private final ImportRun run;

  ResidentUpdate(ImportRow row, RegistrySnapshot registry, EntityManager em, ImportRun run) {
    this.row = row;
    this.registry = registry;
    this.em = em;
    this.run = run;
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
      audits.add(
          run.audit(
              "REGISTRY_UPDATED",
              "RESIDENT",
              r.getResidentId(),
              row.residentId(),
              "resident-record extract",
              "changed: " + String.join(", ", changed),
              row.line()));
    }
  }

  <T> void set(String column, T current, T incoming, Consumer<T> setter) {
    if (!Objects.equals(current, incoming)) {
      setter.accept(incoming);
      changed.add(column);
    }
  }

  void audit(String action, String targetType, String targetId, String reason) {
    audits.add(run.audit(action, targetType, targetId, row.residentId(), reason, null, row.line()));
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

  EntityManager em() {
    return em;
  }

  ImportRun run() {
    return run;
  }

  static String cardOf(Card c) {
    return c == null ? "" : c.getCardId();
  }
}
