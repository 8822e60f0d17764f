package jp.mynacard.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

  /**
   * The tables the application analyses, as SQL literals: {@code mynacard_analyze} (created by
   * {@link AuditChainMigration}) refuses any other.
   */
  static final String ANALYSED = "'letter', 'notice', 'renewal_candidate'";

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
    // through the owner's function: ANALYZE needs the table's owner, and the runtime role of a
    // two-role deployment owns none (PostgreSQL 15 has no MAINTAIN privilege)
    try (PreparedStatement s = c.prepareStatement("SELECT mynacard_analyze(?)")) {
      s.setArray(1, c.createArrayOf("text", tables));
      s.execute();
    }
  }
}
