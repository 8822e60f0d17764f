package jp.mynacard.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/** Reads and adds to {@link ImportCheck} inside the caller's transaction. */
@ApplicationScoped
public class ImportCheckStore {
  @PersistenceContext(unitName = "mynacard")
  private EntityManager em;

  void add(
      long instanceId,
      int part,
      long read,
      long rejected,
      long anomalies,
      MergeResult checked,
      LocalDateTime now) {
    ImportCheck c = em.find(ImportCheck.class, new ImportProgress.Key(instanceId, part));
    if (c == null) {
      c = new ImportCheck(instanceId, part);
      em.persist(c);
    }
    c.add(read, rejected, anomalies, checked, now);
  }

  /** How many partitions have committed a chunk of this import's check (0 before the first). */
  int partitions(long instanceId) {
    return em.createQuery("SELECT COUNT(c) FROM ImportCheck c WHERE c.instanceId = :i", Long.class)
        .setParameter("i", instanceId)
        .getSingleResult()
        .intValue();
  }

  /** Whether the registry holds more than {@code n} residents (reads at most n + 1 ids). */
  boolean registryHoldsMoreThan(int n) {
    return em.createQuery("SELECT r.residentId FROM Resident r", String.class)
            .setMaxResults(n + 1)
            .getResultList()
            .size()
        > n;
  }

  CheckTally totals(long instanceId) {
    Object[] s =
        em.createQuery(
                "SELECT COALESCE(SUM(c.read), 0), COALESCE(SUM(c.rejected), 0),"
                    + " COALESCE(SUM(c.anomalies), 0), COALESCE(SUM(c.touched), 0),"
                    + " COALESCE(SUM(c.residentsChanged), 0), COALESCE(SUM(c.signCertsRevoked), 0),"
                    + " COALESCE(SUM(c.cardsAbolished), 0), COALESCE(SUM(c.changes), 0)"
                    + " FROM ImportCheck c WHERE c.instanceId = :i",
                Object[].class)
            .setParameter("i", instanceId)
            .getSingleResult();
    return new CheckTally(n(s[0]), n(s[1]), n(s[2]), n(s[3]), n(s[4]), n(s[5]), n(s[6]), n(s[7]));
  }

  private static long n(Object o) {
    return ((Number) o).longValue();
  }
}
