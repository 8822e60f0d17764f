package jp.mynacard.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reads the audit log for an auditor: by card (target), resident and time range (from inclusive, to
 * exclusive), oldest first, at most {@code limit} lines (the next page starts from the last line's
 * time).
 */
@ApplicationScoped
public class AuditQuery {
  /** Filters; any may be null. */
  public record Filter(String cardId, String residentId, Instant from, Instant to) {}

  @PersistenceContext(unitName = "mynacard")
  EntityManager em;

  public List<AuditEvent> find(Filter f, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEvent a WHERE 1 = 1");
    if (f.cardId() != null) {
      jpql.append(" AND a.targetType = 'CARD' AND a.targetId = :card");
    }
    if (f.residentId() != null) {
      jpql.append(" AND a.residentId = :resident");
    }
    if (f.from() != null) {
      jpql.append(" AND a.occurredAt >= :from");
    }
    if (f.to() != null) {
      jpql.append(" AND a.occurredAt < :to");
    }
    jpql.append(" ORDER BY a.occurredAt, a.id");
    em.clear();
    TypedQuery<AuditEvent> q = em.createQuery(jpql.toString(), AuditEvent.class);
    if (f.cardId() != null) {
      q.setParameter("card", f.cardId());
    }
    if (f.residentId() != null) {
      q.setParameter("resident", f.residentId());
    }
    if (f.from() != null) {
      q.setParameter("from", LocalDateTime.ofInstant(f.from(), ZoneOffset.UTC));
    }
    if (f.to() != null) {
      q.setParameter("to", LocalDateTime.ofInstant(f.to(), ZoneOffset.UTC));
    }
    return q.setMaxResults(limit).getResultList();
  }
}
