package jp.mynacard.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Brings PostgreSQL's statistics up to date after a bulk write. Its autovacuum analyses a table
 * some time after it grew, not before the next query: a run that just added a million work rows was
 * otherwise planned as if the table were empty, with a sort of the whole run for each page
 * (measured: 5 s a page instead of 25 ms). Embedded Derby keeps its own statistics; nothing to do.
 */
public final class TableStatistics {
  /**
   * Fewer new rows than this leave the statistics close enough: analysing a million-row table costs
   * 0.2 to 1 s, more than a small run's queries lose to a slightly stale plan.
   */
  public static final long WORTH_REFRESHING = 10_000;

  private static final Pattern NAME = Pattern.compile("[a-z_]+");

  private TableStatistics() {}

  /** Analyses the tables, in the caller's transaction (which then sees its own new rows). */
  public static void refresh(Connection c, String... tables) throws SQLException {
    if (!PostgresCopy.supports(c)) {
      return;
    }
    for (String table : tables) {
      if (!NAME.matcher(table).matches()) {
        throw new IllegalArgumentException("not a table name: " + table);
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE " + String.join(", ", tables));
    }
  }
}
