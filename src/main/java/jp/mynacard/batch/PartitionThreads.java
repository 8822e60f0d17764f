package jp.mynacard.batch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * How many of a step's partitions run at once. On PostgreSQL, all of them. On embedded Derby, one
 * after the other: Liberty's job repository inserts the partitions' step executions concurrently,
 * and Derby's identity generator then fails one of them now and then with "too much contention"
 * (40XL1), failing the job (OpenLiberty/open-liberty#34734, not in 26.0.0.3 or 26.0.0.5). The
 * partitions stay the same, so checkpoints, restarts and results do not depend on the database.
 */
@ApplicationScoped
public class PartitionThreads {
  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  private volatile Boolean derby;

  public int forPartitions(int partitions) throws SQLException {
    return isDerby() ? 1 : partitions;
  }

  private boolean isDerby() throws SQLException {
    Boolean known = derby;
    if (known == null) {
      try (Connection c = dataSource.getConnection()) {
        known = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("derby");
      }
      derby = known;
    }
    return known;
  }
}
