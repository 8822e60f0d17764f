package jp.mynacard.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the Jakarta Batch job repository (Liberty's {@code databaseStore} tables, in the
 * registry's database) can be read. Read with SQL rather than through the JobOperator: a health
 * probe is anonymous, and Liberty's batch security refuses an anonymous JobOperator call. Liberty
 * creates the tables on the first batch use, so their absence before any job means "ready, not yet
 * used", not down.
 */
@Readiness
@ApplicationScoped
public class JobRepositoryCheck implements HealthCheck {
  private static final String COUNT = "SELECT COUNT(*) FROM WLPJOBINSTANCE";

  @Resource(lookup = "jdbc/mynacard")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection c = dataSource.getConnection()) {
      if (!exists(c)) {
        return HealthCheckResponse.named("job-repository")
            .up()
            .withData("jobInstances", 0)
            .withData("tables", "not yet created (no job has run)")
            .build();
      }
      try (PreparedStatement s = c.prepareStatement(COUNT);
          ResultSet r = s.executeQuery()) {
        r.next();
        return HealthCheckResponse.named("job-repository")
            .up()
            .withData("jobInstances", r.getLong(1))
            .build();
      }
    } catch (SQLException e) {
      return HealthCheckResponse.named("job-repository")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }

  private static boolean exists(Connection c) throws SQLException {
    for (String name : new String[] {"WLPJOBINSTANCE", "wlpjobinstance"}) {
      try (ResultSet r = c.getMetaData().getTables(null, null, name, null)) {
        if (r.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
