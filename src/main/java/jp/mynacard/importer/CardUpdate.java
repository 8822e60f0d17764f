package jp.mynacard.importer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mynacard.card.CardTransitions;
import jp.mynacard.card.CardTransitions.CardState;
import jp.mynacard.card.CardTransitions.CertificateState;
import jp.mynacard.registry.Card;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.Certificate;
import jp.mynacard.registry.CertificateKind;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.Resident;
import jp.mynacard.registry.RevocationReason;
import jp.mynacard.validity.RenewalWindow;

/**
 * The card part of {@link ResidentUpdate}: a new card id supersedes the previous card (abolished,
 * its certificates revoked as superseded); a new serial supersedes the previous certificate of its
 * kind; certificates follow their card's state forward.
 */
final class CardUpdate {
  private static final RenewalWindow WINDOW = RenewalWindow.threeMonths();

  private final ResidentUpdate u;
  private final Resident resident;
  private final List<String> lapsing;

  /** Certificates this row adds: revoking one changes nothing the registry held. */
  private final Set<String> added = new HashSet<>();

  CardUpdate(ResidentUpdate u, Resident resident, List<String> lapsing) {
    this.u = u;
    this.resident = resident;
    this.lapsing = lapsing;
  }

  void apply() {
    CardData in = u.row().card();
    Card current =
        resident.getCurrentCardId() == null
            ? null
            : u.registry().cards.get(resident.getCurrentCardId());
    if (in == null) {
      if (current != null) {
        u.anomaly(
            "card_id",
            "",
            current.getCardId(),
            "the extract lists no card for this resident; the registry keeps its card");
      }
      return;
    }
    if (current != null && !current.getCardId().equals(in.cardId())) {
      supersede(current, in.cardId());
    }
    Card card = u.registry().cards.get(in.cardId());
    if (card == null) {
      card = new Card(in.cardId(), resident);
      card.setStatus(in.status());
      u.store(card);
      u.registry().cards.put(in.cardId(), card);
    } else {
      status(card, in.status());
    }
    u.set(
        "card_application_received_on",
        card.getApplicationReceivedOn(),
        in.applicationReceivedOn(),
        card::setApplicationReceivedOn);
    u.set("card_issued_on", card.getIssuedOn(), in.issuedOn(), card::setIssuedOn);
    u.set("card_expires_on", card.getExpiresOn(), in.expiresOn(), card::setExpiresOn);
    card.setComputedExpiresOn(in.computedExpiresOn());
    u.set("card_id", resident.getCurrentCardId(), in.cardId(), resident::setCurrentCardId);
    Card previous = current == card ? null : current;
    certificate(card, previous, CertificateKind.USER_IDENTIFICATION, u.row().userCert());
    certificate(card, previous, CertificateKind.SIGNATURE, u.row().signCert());
  }

  private void status(Card card, CardStatus wanted) {
    CardStatus have = card.getStatus();
    if (have == wanted) {
      return;
    }
    // the counter's rules decide: an extract may suspend or abolish, never cancel or reinstate
    if (CardTransitions.toExtractStatus(new CardState(have, Map.of()), wanted).isEmpty()) {
      u.anomaly(
          "card_status",
          wanted.name(),
          have.name(),
          "the registry keeps "
              + have
              + ": a suspension is cancelled, and an abolished card replaced, only at the counter");
      return;
    }
    card.setStatus(wanted);
    card.setStatusChangedAt(u.run().now());
    u.changed.add("card_status");
    if (wanted == CardStatus.ABOLISHED) {
      u.cardAbolitions++;
    }
    u.audit(
        wanted == CardStatus.SUSPENDED ? "CARD_SUSPENDED" : "CARD_ABOLISHED",
        "CARD",
        card.getCardId(),
        "card_status " + wanted + " in the resident-record extract");
  }

  private void supersede(Card old, String newCardId) {
    if (old.getStatus() != CardStatus.ABOLISHED) {
      old.setStatus(CardStatus.ABOLISHED);
      old.setStatusChangedAt(u.run().now());
      u.cardsSuperseded++;
      u.cardAbolitions++;
      u.audit("CARD_ABOLISHED", "CARD", old.getCardId(), "superseded by card " + newCardId);
    }
    for (String serial : new String[] {old.getUserCertSerial(), old.getSignCertSerial()}) {
      Certificate c = serial == null ? null : u.registry().certificates.get(serial);
      if (c != null) {
        revoke(c, RevocationReason.SUPERSEDED, "card superseded by card " + newCardId);
      }
    }
  }

  private void certificate(Card card, Card previous, CertificateKind kind, CertificateData in) {
    boolean user = kind == CertificateKind.USER_IDENTIFICATION;
    String prefix = user ? "user_cert_" : "sign_cert_";
    boolean lapse = !user && !lapsing.isEmpty();
    String currentSerial = user ? card.getUserCertSerial() : card.getSignCertSerial();
    Certificate current =
        currentSerial == null ? null : u.registry().certificates.get(currentSerial);
    String wantedSerial = in == null ? null : in.serial();
    if (current != null && !current.getSerial().equals(wantedSerial)) {
      revoke(
          current,
          lapse
              ? RevocationReason.AFFILIATION_CHANGED
              : wantedSerial == null
                  ? RevocationReason.CESSATION_OF_OPERATION
                  : RevocationReason.SUPERSEDED,
          wantedSerial == null
              ? "no longer in the resident-record extract"
              : "replaced by " + wantedSerial);
    }
    u.set(
        prefix + "serial",
        currentSerial,
        wantedSerial,
        s -> {
          if (user) card.setUserCertSerial(s);
          else card.setSignCertSerial(s);
        });
    if (in == null) {
      return;
    }
    Certificate replaced = current;
    if (replaced == null && previous != null) {
      String serial = user ? previous.getUserCertSerial() : previous.getSignCertSerial();
      replaced = serial == null ? null : u.registry().certificates.get(serial);
    }
    Certificate cert = u.registry().certificates.get(in.serial());
    boolean fresh = cert == null;
    if (fresh) {
      cert = new Certificate(in.serial(), card, kind);
      cert.setStatus(CertificateStatus.ACTIVE);
      u.store(cert);
      u.registry().certificates.put(in.serial(), cert);
      added.add(in.serial());
    }
    u.set(prefix + "issued_on", cert.getIssuedOn(), in.issuedOn(), cert::setIssuedOn);
    u.set(prefix + "expires_on", cert.getExpiresOn(), in.expiresOn(), cert::setExpiresOn);
    cert.setComputedExpiresOn(computed(in, cert, fresh ? replaced : null));
    follow(card, cert);
    if (lapse && !fresh && cert.getStatus() != CertificateStatus.REVOKED) {
      revoke(cert, RevocationReason.AFFILIATION_CHANGED, String.join(", ", lapsing) + " changed");
    }
  }

  /**
   * The computed date: the 6th birthday after issue when the extract records it and the registry
   * confirms an early renewal (a certificate it replaced, renewed inside that one's window, or an
   * earlier import that confirmed it), else the 5th birthday's, reported.
   */
  private LocalDate computed(CertificateData in, Certificate cert, Certificate replaced) {
    LocalDate sixth = in.sixthBirthday();
    if (sixth == null) {
      return in.computedExpiresOn();
    }
    if (replaced != null
        && !replaced.getSerial().equals(in.serial())
        && WINDOW.renewedInside(replaced.getEffectiveExpiresOn(), in.issuedOn())) {
      return sixth;
    }
    if (replaced == null && sixth.equals(cert.getComputedExpiresOn())) {
      return sixth;
    }
    String why =
        replaced == null
            ? "the registry holds no certificate it replaced"
            : "it was issued on "
                + in.issuedOn()
                + ", outside the window (from "
                + WINDOW.opensOn(replaced.getEffectiveExpiresOn())
                + ") of certificate "
                + replaced.getSerial()
                + " expiring "
                + replaced.getEffectiveExpiresOn();
    u.anomalies.add(
        ExpiryCheck.unconfirmedSixthBirthday(u.row().line(), u.row().residentId(), in, why));
    return in.computedExpiresOn();
  }

  /**
   * Brings the card's certificates in line with its status by the counter's rules ({@link
   * CardTransitions#toExtractStatus}): a certificate on a suspended card is held (user
   * identification) or revoked (signature, keyCompromise), on an abolished card revoked; never
   * back.
   */
  private void follow(Card card, Certificate cert) {
    CertificateState now = new CertificateState(cert.getStatus(), cert.getRevocationReason());
    CardState settled =
        CardTransitions.toExtractStatus(
                new CardState(card.getStatus(), Map.of(cert.getKind(), now)), card.getStatus())
            .orElseThrow();
    CertificateState wanted = settled.certificate(cert.getKind());
    if (wanted.equals(now)) {
      return;
    }
    if (wanted.status() == CertificateStatus.REVOKED) {
      revoke(cert, wanted.reason(), "card " + card.getStatus());
    } else {
      cert.setStatus(wanted.status());
      cert.setStatusChangedAt(u.run().now());
      u.audit("CERT_HELD", "CERTIFICATE", cert.getSerial(), "card " + card.getStatus());
    }
  }

  private void revoke(Certificate cert, RevocationReason reason, String why) {
    if (cert.getStatus() == CertificateStatus.REVOKED) {
      return;
    }
    cert.revoke(reason, u.run().now());
    if (reason == RevocationReason.AFFILIATION_CHANGED) {
      u.signCertsRevoked++;
    }
    if (cert.getKind() == CertificateKind.SIGNATURE && !added.contains(cert.getSerial())) {
      u.signCertRevocations++;
    }
    u.audit(
        cert.getKind() == CertificateKind.SIGNATURE ? "SIGN_CERT_REVOKED" : "USER_CERT_REVOKED",
        "CERTIFICATE",
        cert.getSerial(),
        reason.name() + ": " + why);
  }
}
