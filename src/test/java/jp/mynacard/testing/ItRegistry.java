package jp.mynacard.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.mynacard.registry.AuditEvent;
import jp.mynacard.registry.Card;
import jp.mynacard.registry.Certificate;
import jp.mynacard.registry.Letter;
import jp.mynacard.registry.Notice;
import jp.mynacard.registry.Resident;

/**
 * Read-only registry look-ups for in-server test assertions. Each look-up starts from an empty
 * persistence context: outside a transaction Liberty keeps one for the whole request (the whole
 * test method), which would otherwise answer with what an earlier look-up saw.
 */
@ApplicationScoped
public class ItRegistry {
  @PersistenceContext(unitName = "mynacard")
  EntityManager em;

  public Resident resident(String id) {
    em.clear();
    return em.find(Resident.class, id);
  }

  public Card card(String id) {
    em.clear();
    return em.find(Card.class, id);
  }

  public Certificate certificate(String serial) {
    em.clear();
    return em.find(Certificate.class, serial);
  }

  public List<AuditEvent> audit(String residentId) {
    em.clear();
    return em.createQuery(
            "SELECT a FROM AuditEvent a WHERE a.residentId = :r ORDER BY a.occurredAt",
            AuditEvent.class)
        .setParameter("r", residentId)
        .getResultList();
  }

  /** A run's letters to residents whose id starts with {@code prefix}, by resident id. */
  public List<Letter> letters(long runId, String prefix) {
    em.clear();
    return em.createQuery(
            "SELECT l FROM Letter l WHERE l.runId = :r AND l.residentId LIKE :p"
                + " ORDER BY l.residentId",
            Letter.class)
        .setParameter("r", runId)
        .setParameter("p", prefix + "%")
        .getResultList();
  }

  /** Every notice to residents whose id starts with {@code prefix}. */
  public List<Notice> notices(String prefix) {
    em.clear();
    return em.createQuery("SELECT n FROM Notice n WHERE n.residentId LIKE :p", Notice.class)
        .setParameter("p", prefix + "%")
        .getResultList();
  }

  /** The newest renewal run's id, 0 when there is none. */
  public long latestRenewalRun() {
    em.clear();
    Long max =
        em.createQuery("SELECT MAX(r.runId) FROM RenewalRun r", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  public java.time.LocalDate renewalAsOf(long runId) {
    em.clear();
    return em.createQuery(
            "SELECT r.asOf FROM RenewalRun r WHERE r.runId = :r", java.time.LocalDate.class)
        .setParameter("r", runId)
        .getSingleResult();
  }

  public long residentsStartingWith(String prefix) {
    return em.createQuery("SELECT COUNT(r) FROM Resident r WHERE r.residentId LIKE :p", Long.class)
        .setParameter("p", prefix + "%")
        .getSingleResult();
  }
}
