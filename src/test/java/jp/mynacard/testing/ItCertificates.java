package jp.mynacard.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Certificate changes behind the application's back, for tests of what watches the registry (the
 * CRL cache): SQL of their own, in-server, each in a transaction of its own.
 */
@ApplicationScoped
public class ItCertificates {
  @Resource(lookup = "jdbc/mynacard")
  DataSource dataSource;

  /** Revokes a card's user certificate (keyCompromise) without counting the change for the CRL. */
  @Transactional
  public void revokeUserCertUncounted(String cardId) throws SQLException {
    update(
        "UPDATE certificate SET cert_status = 'REVOKED', revocation_reason = 'KEY_COMPROMISE',"
            + " status_changed_at = CURRENT_TIMESTAMP"
            + " WHERE serial = (SELECT user_cert_serial FROM card WHERE card_id = ?)",
        cardId);
  }

  /** Counts a change for the CRL, as every writer of certificates does. */
  @Transactional
  public void countChange() throws SQLException {
    // marker_id is an integer: PostgreSQL compares no integer with a text parameter
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE crl_change SET change_count = change_count + 1 WHERE marker_id = 1")) {
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no crl_change row");
      }
    }
  }

  private void update(String sql, String parameter) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, parameter);
      if (s.executeUpdate() != 1) {
        throw new IllegalStateException("no row for " + parameter + ": " + sql);
      }
    }
  }
}
