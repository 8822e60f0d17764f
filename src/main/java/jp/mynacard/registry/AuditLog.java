package jp.mynacard.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Appends to the audit log inside the caller's transaction; there is no update or delete. */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "mynacard")
  private EntityManager em;

  public void append(AuditEntry entry) {
    em.persist(new AuditEvent(entry, LocalDateTime.now(ZoneOffset.UTC)));
  }
}
