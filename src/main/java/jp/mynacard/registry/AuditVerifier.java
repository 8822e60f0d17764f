package jp.mynacard.registry;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Checks the whole audit trail against its hash chain ({@link AuditChainCheck}), streaming the
 * lines in chain order (one index range) so a long trail needs no more memory than a short one.
 */
@ApplicationScoped
public class AuditVerifier {
  @Resource(lookup = "jdbc/mynacard")
  DataSource dataSource;

  @Inject AuditChain chain;

  public AuditChainCheck.Result verify() {
    AuditChainCheck check = new AuditChainCheck(chain);
    try (Connection c = dataSource.getConnection()) {
      // PostgreSQL streams a result by fetch size only outside auto-commit
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT "
                  + AuditLog.LINE_COLUMNS
                  + ", chain_seq, chain_hash FROM audit_event ORDER BY chain_seq")) {
        s.setFetchSize(1000);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            long seq = r.getLong(12);
            check.next(
                r.wasNull() ? null : seq,
                r.getString(1),
                AuditLog.occurredAt(r),
                AuditLog.entry(r),
                r.getString(13));
          }
        }
      }
      AuditChainCheck.Result result = check.finish(AuditLog.AuditChainHead.read(c).lastSeq());
      c.rollback();
      c.setAutoCommit(autoCommit);
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("the audit trail could not be read", e);
    }
  }
}
