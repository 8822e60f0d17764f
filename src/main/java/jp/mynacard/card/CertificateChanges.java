package jp.mynacard.card;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The count of certificate changes the CRL cache watches ({@code crl_change}, one row): whatever
 * changes a certificate's state calls {@link #record} in its own transaction, so the change and the
 * count become visible together when it commits; {@link RevocationList} reads {@link #current} by
 * the row's key on each request. A count that moved with no certificate changed costs one read of
 * the entries; a change without a count would leave the CRL stale until half its validity passed,
 * so every writer must count.
 */
@ApplicationScoped
public class CertificateChanges {
  private static final String COUNT =
      "UPDATE crl_change SET change_count = change_count + 1 WHERE marker_id = 1";
  private static final String READ = "SELECT change_count FROM crl_change WHERE marker_id = 1";

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  /**
   * Counts a change in the caller's transaction. Call it as the transaction's last write: the row
   * stays locked until the commit, and a lock taken last cannot close a cycle with another
   * transaction that also takes it last.
   */
  public void record() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(COUNT)) {
      s.executeUpdate();
    } catch (SQLException e) {
      // the change must not commit without its count: the CRL would not show it
      throw new IllegalStateException("cannot count a certificate change for the CRL", e);
    }
  }

  /** The committed count; null when the row is missing (then every request reads the entries). */
  public Long current() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(READ);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getLong(1) : null;
    }
  }
}
