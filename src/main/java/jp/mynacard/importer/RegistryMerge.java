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
      return mergeOrFail(rows, run);
    } catch (SQLException | PersistenceException e) {
      throw RegistryConflictException.ifConflict(e);
    }
  }

  private MergeResult mergeOrFail(List<ImportRow> rows, ImportRun run) throws SQLException {
    MergeResult result = new MergeResult();
    if (rows.isEmpty()) {
      return result;
    }
    // the JDBC connection is the chunk transaction's own (a shareable connection in the same
    // global transaction), so the probe, the inserts and JPA all see one another's rows
    try (Connection c = dataSource.getConnection()) {
      RegistrySnapshot registry = RegistrySnapshot.load(em, c, rows);
      List<ImportRow> applicable =
          new ChunkConflicts(registry, run.instanceId()).filter(rows, result.rejections);
      List<ImportRow> created = new ArrayList<>();
      for (ImportRow row : applicable) {
        Resident existing = registry.residents.get(row.residentId());
        if (existing == null) {
          created.add(row);
          unconfirmedSixthBirthdays(row, result);
        } else {
          update(row, existing, registry, run, result);
        }
      }
      NewRegistryRows.insert(c, created, run.instanceId(), run.now());
      result.created = created.size();
    }
    em.flush();
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
      MergeResult result) {
    ResidentUpdate update = new ResidentUpdate(row, registry, em, run);
    update.apply(existing);
    update.audits.forEach(auditLog::append);
    result.anomalies.addAll(update.anomalies);
    result.signCertsRevoked += update.signCertsRevoked;
    result.cardsSuperseded += update.cardsSuperseded;
    if (update.changed.isEmpty()) {
      result.unchanged++;
    } else {
      result.updated++;
    }
  }
}
