package jp.mynacard.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.mynacard.card.CardTransitions.CardState;
import jp.mynacard.card.CardTransitions.CertificateState;
import jp.mynacard.registry.AuditEntry;
import jp.mynacard.registry.AuditLog;
import jp.mynacard.registry.Card;
import jp.mynacard.registry.CardSuspension;
import jp.mynacard.registry.Certificate;
import jp.mynacard.registry.CertificateKind;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.PinKind;
import jp.mynacard.registry.PinLock;
import jp.mynacard.registry.SuspensionReason;

/**
 * Applies {@link CardTransitions} to the registry: each change in one transaction that first locks
 * the card's row, so a suspension and its cancellation arriving together are applied one after the
 * other and both are audited, never interleaved. Callers read the card's view after the commit.
 * Every change writes one audit line (who, in which role, when, what, why, through which channel);
 * a request that changes nothing writes none.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class CardActions {
  @PersistenceContext(unitName = "mynacard")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject CertificateChanges crlChanges;

  /** Whether the card was suspended now (false: it already was, and nothing changed). */
  public boolean suspend(
      String cardId, SuspensionReason reason, String channel, Instant reportedAt, Actor actor) {
    Locked l = lock(cardId);
    if (!CardTransitions.suspensionChanges(l.card().getStatus())) {
      return false;
    }
    LocalDateTime now = now();
    String effects = apply(l, CardTransitions.suspend(l.state()), now);
    em.persist(
        new CardSuspension(
            cardId,
            reason,
            channel,
            reportedAt == null ? now : utc(reportedAt),
            now,
            actor.principal()));
    record(actor, "CARD_SUSPENDED", l.card(), reason.name(), channel, effects);
    countForCrl(effects);
    return true;
  }

  public void cancelSuspension(String cardId, Actor actor) {
    Locked l = lock(cardId);
    CardState next = CardTransitions.cancelSuspension(l.state());
    LocalDateTime now = now();
    String effects = apply(l, next, now);
    for (CardSuspension open : openSuspensions(cardId)) {
      open.cancel(now, actor.principal());
    }
    record(
        actor,
        "CARD_SUSPENSION_CANCELLED",
        l.card(),
        "identity verified at the counter",
        "COUNTER",
        effects);
    countForCrl(effects);
  }

  public void abolish(String cardId, AbolitionReason reason, Actor actor) {
    Locked l = lock(cardId);
    String effects = apply(l, CardTransitions.abolish(l.state(), reason), now());
    for (PinLock pin : pinLocks(cardId)) {
      em.remove(pin);
    }
    record(actor, "CARD_ABOLISHED", l.card(), reason.name(), "COUNTER", effects);
    countForCrl(effects);
  }

  /** Records a PIN the resident reports locked; reporting it again changes nothing. */
  public void lockPin(String cardId, PinKind pin, String channel, Actor actor) {
    Locked l = lock(cardId);
    if (em.find(PinLock.class, new PinLock.Key(cardId, pin)) != null) {
      return;
    }
    em.persist(new PinLock(cardId, pin, now()));
    record(actor, "PIN_LOCKED", l.card(), pin.name(), channel, null);
  }

  /** Resets a PIN at the counter (a new PIN set by the resident), which also unlocks it. */
  public void resetPin(String cardId, PinKind pin, Actor actor) {
    Locked l = lock(cardId);
    CardTransitions.checkPinReset(l.state(), pin);
    PinLock locked = em.find(PinLock.class, new PinLock.Key(cardId, pin));
    if (locked != null) {
      em.remove(locked);
    }
    record(
        actor,
        "PIN_RESET",
        l.card(),
        pin.name(),
        "COUNTER",
        locked != null ? "was locked since " + locked.getLockedAt() + "Z" : "was not locked");
  }

  private record Locked(Card card, Map<CertificateKind, Certificate> certificates) {
    CardState state() {
      Map<CertificateKind, CertificateState> states = new EnumMap<>(CertificateKind.class);
      certificates.forEach(
          (kind, c) ->
              states.put(kind, new CertificateState(c.getStatus(), c.getRevocationReason())));
      return new CardState(card.getStatus(), states);
    }
  }

  private Locked lock(String cardId) {
    Card card = em.find(Card.class, cardId, LockModeType.PESSIMISTIC_WRITE);
    if (card == null) {
      throw new CardNotFound();
    }
    Map<CertificateKind, Certificate> certificates = new EnumMap<>(CertificateKind.class);
    for (String serial : new String[] {card.getUserCertSerial(), card.getSignCertSerial()}) {
      Certificate c = serial == null ? null : em.find(Certificate.class, serial);
      if (c != null) {
        certificates.put(c.getKind(), c);
      }
    }
    return new Locked(card, certificates);
  }

  /** Writes the new state; returns what happened to the certificates, for the audit line. */
  private static String apply(Locked l, CardState next, LocalDateTime now) {
    l.card().setStatus(next.card());
    l.card().setStatusChangedAt(now);
    List<String> effects = new ArrayList<>();
    l.certificates()
        .forEach(
            (kind, cert) -> {
              CertificateState to = next.certificate(kind);
              if (to.status() == cert.getStatus()) {
                return;
              }
              if (to.status() == CertificateStatus.REVOKED) {
                cert.revoke(to.reason(), now);
                effects.add(
                    kind
                        + " certificate "
                        + cert.getSerial()
                        + " revoked ("
                        + to.reason().rfcName()
                        + ")");
              } else {
                cert.setStatus(to.status());
                cert.setStatusChangedAt(now);
                effects.add(
                    kind
                        + " certificate "
                        + cert.getSerial()
                        + (to.status() == CertificateStatus.HELD
                            ? " held"
                            : " released from hold"));
              }
            });
    return effects.isEmpty() ? null : String.join("; ", effects);
  }

  /**
   * When a certificate changed, counts it for the CRL ({@link CertificateChanges}) as the
   * transaction's last write: everything else is flushed first.
   */
  private void countForCrl(String certificateEffects) {
    if (certificateEffects != null) {
      em.flush();
      crlChanges.record();
    }
  }

  private List<CardSuspension> openSuspensions(String cardId) {
    return em.createQuery(
            "SELECT s FROM CardSuspension s WHERE s.cardId = :c AND s.cancelledAt IS NULL",
            CardSuspension.class)
        .setParameter("c", cardId)
        .getResultList();
  }

  private List<PinLock> pinLocks(String cardId) {
    return em.createQuery("SELECT p FROM PinLock p WHERE p.cardId = :c", PinLock.class)
        .setParameter("c", cardId)
        .getResultList();
  }

  private void record(
      Actor actor, String action, Card card, String reason, String channel, String detail) {
    audit.append(
        new AuditEntry(
            actor.principal(),
            actor.role(),
            action,
            "CARD",
            card.getCardId(),
            card.getResidentId(),
            reason,
            channel,
            detail));
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

  private static LocalDateTime utc(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }
}
