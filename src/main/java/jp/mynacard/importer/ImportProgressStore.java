package jp.mynacard.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/** Reads and adds to {@link ImportProgress} inside the caller's transaction. */
@ApplicationScoped
public class ImportProgressStore {
  @PersistenceContext(unitName = "mynacard")
  private EntityManager em;

  void add(
      long instanceId,
      int part,
      long read,
      long rejected,
      long anomalies,
      MergeResult merged,
      LocalDateTime now) {
    ImportProgress p = em.find(ImportProgress.class, new ImportProgress.Key(instanceId, part));
    if (p == null) {
      p = new ImportProgress(instanceId, part);
      em.persist(p);
    }
    p.add(read, rejected, anomalies, merged, now);
  }

  /** How many partitions have committed a chunk of this import (0 before the first commit). */
  public int partitions(long instanceId) {
    return em.createQuery(
            "SELECT COUNT(p) FROM ImportProgress p WHERE p.instanceId = :i", Long.class)
        .setParameter("i", instanceId)
        .getSingleResult()
        .intValue();
  }

  public ImportTally totals(long instanceId) {
    Object[] s =
        em.createQuery(
                "SELECT COALESCE(SUM(p.read), 0), COALESCE(SUM(p.rejected), 0),"
                    + " COALESCE(SUM(p.created), 0), COALESCE(SUM(p.updated), 0),"
                    + " COALESCE(SUM(p.unchanged), 0), COALESCE(SUM(p.anomalies), 0),"
                    + " COALESCE(SUM(p.signCertsRevoked), 0), COALESCE(SUM(p.cardsSuperseded), 0)"
                    + " FROM ImportProgress p WHERE p.instanceId = :i",
                Object[].class)
            .setParameter("i", instanceId)
            .getSingleResult();
    return new ImportTally(n(s[0]), n(s[1]), n(s[2]), n(s[3]), n(s[4]), n(s[5]), n(s[6]), n(s[7]));
  }

  private static long n(Object o) {
    return ((Number) o).longValue();
  }
}
