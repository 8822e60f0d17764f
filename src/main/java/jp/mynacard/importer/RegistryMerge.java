package jp.mynacard.importer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.mynacard.registry.AuditLog;
import jp.mynacard.registry.Resident;

/**
 * Merges one chunk of accepted rows into the registry inside the caller's (the chunk's)
 * transaction: conflicts are rejected first, new residents are inserted in JDBC batches, known
 * residents are updated through JPA with their changes audited. Everything is flushed before it
 * returns, so a database error surfaces before the chunk writes its report files.
 *
 * <p>{@link #check} runs the same rules without writing (issue 11: the mass-change check and the
 * dry run): the chunk's registry entities are detached before any rule touches them, new rows are
 * counted rather than inserted, and the changes are returned instead of audited.
 */
@ApplicationScoped
public class RegistryMerge {
  @PersistenceContext(unitName = "mynacard")
  private EntityManager em;

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  @Inject private AuditLog auditLog;

  /**
   * @throws RegistryConflictException when a key was taken meanwhile by a concurrent transaction
   *     (another partition of the same file); the job retries the chunk
   */
  MergeResult merge(List<ImportRow> rows, ImportRun run) throws SQLException {
    try {
      MergeResult result = mergeOrFail(rows, run, true);
      result.changes.forEach(change -> auditLog.append(run.audit(change)));
      em.flush();
      return result;
    } catch (SQLException | PersistenceException e) {
      throw RegistryConflictException.ifConflict(e);
    }
  }

  /** What {@link #merge} would do to the registry, with nothing written. */
  MergeResult check(List<ImportRow> rows, ImportRun run) throws SQLException {
    return mergeOrFail(rows, run, false);
  }

  private MergeResult mergeOrFail(List<ImportRow> rows, ImportRun run, boolean write)
      throws SQLException {
    MergeResult result = new MergeResult();
    if (rows.isEmpty()) {
      return result;
    }
    // the JDBC connection is the chunk transaction's own (a shareable connection in the same
    // global transaction), so the probe, the inserts and JPA all see one another's rows
    try (Connection c = dataSource.getConnection()) {
      RegistrySnapshot registry = RegistrySnapshot.load(em, c, rows);
      if (!write) {
        em.clear(); // detached: what the rules change is never flushed
      }
      List<ImportRow> applicable =
          new ChunkConflicts(registry, run.instanceId()).filter(rows, result.rejections);
      List<ImportRow> created = new ArrayList<>();
      for (ImportRow row : applicable) {
        Resident existing = registry.residents.get(row.residentId());
        if (existing == null) {
          created.add(row);
          unconfirmedSixthBirthdays(row, result);
        } else {
          update(row, existing, registry, run, result, write);
        }
      }
      if (write) {
        NewRegistryRows.insert(c, created, run.instanceId(), run.now());
      }
      result.created = created.size();
    }
    return result;
  }

  /** A new resident's certificate has no predecessor in the registry to confirm a 6th birthday. */
  private static void unconfirmedSixthBirthdays(ImportRow row, MergeResult result) {
    for (CertificateData cert : new CertificateData[] {row.userCert(), row.signCert()}) {
      if (cert != null && cert.sixthBirthday() != null) {
        result.anomalies.add(
            ExpiryCheck.unconfirmedSixthBirthday(
                row.line(),
                row.residentId(),
                cert,
                "the registry holds no certificate it replaced"));
      }
    }
  }

  private void update(
      ImportRow row,
      Resident existing,
      RegistrySnapshot registry,
      ImportRun run,
      MergeResult result,
      boolean write) {
    ResidentUpdate update =
        new ResidentUpdate(row, registry, write ? em::persist : entity -> {}, run);
    update.apply(existing);
    result.changes.addAll(update.changes);
    result.anomalies.addAll(update.anomalies);
    result.signCertsRevoked += update.signCertsRevoked;
    result.cardsSuperseded += update.cardsSuperseded;
    result.signCertRevocations += update.signCertRevocations;
    result.cardAbolitions += update.cardAbolitions;
    if (update.isMassChange()) {
      result.massChanged++;
    }
    if (update.changed.isEmpty()) {
      result.unchanged++;
    } else {
      result.updated++;
    }
  }
}
