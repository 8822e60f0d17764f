package jp.mynacard.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.mynacard.validity.IndividualNumber;

/**
 * Finds a resident by Individual Number through its keyed hash, and audits every look-up, found or
 * not (a look-up of specific personal information is itself worth a record). The audit line names
 * the resident found, never the number.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class ResidentLookup {
  /** The resident and their current card (null without one); both null when none was found. */
  public record Found(String residentId, String cardId) {
    public boolean exists() {
      return residentId != null;
    }
  }

  @PersistenceContext(unitName = "mynacard")
  EntityManager em;

  @Inject NumberProtector protector;
  @Inject AuditLog audit;

  public Found find(IndividualNumber number, String principal, String role) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT r.residentId, r.currentCardId FROM Resident r WHERE r.numberHash = :h",
                Object[].class)
            .setParameter("h", protector.hash(number))
            .getResultList();
    Found found =
        rows.isEmpty()
            ? new Found(null, null)
            : new Found((String) rows.get(0)[0], (String) rows.get(0)[1]);
    audit.append(
        new AuditEntry(
            principal,
            role,
            "RESIDENT_LOOKUP",
            "RESIDENT",
            found.exists() ? found.residentId() : "-",
            found.residentId(),
            "look-up by Individual Number",
            "COUNTER",
            found.exists() ? "found" : "no resident has this number"));
    return found;
  }
}
