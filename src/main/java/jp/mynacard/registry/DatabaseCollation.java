package jp.mynacard.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The collation a PostgreSQL database compares text with. The registry's keys (resident, card and
 * certificate ids, the Individual Number's keyed hash) are compared in every index insert and
 * look-up; under a linguistic collation (even {@code C.UTF-8} on PostgreSQL 15) each comparison
 * goes through the C library's {@code strcoll}, which made a 1,000,000-row import about a fifth
 * slower than byte comparison (measured, issue 11), and orders ids differently from embedded Derby,
 * which compares by code point. The README therefore creates the database with {@code LC_COLLATE
 * 'C'}; a database made otherwise still works and gets a warning at start.
 */
public final class DatabaseCollation {
  private DatabaseCollation() {}

  /** The warning for a database that collates as {@code collation}, or none for byte order. */
  static Optional<String> warning(String database, String collation) {
    if (collation.equals("C") || collation.equals("POSIX")) {
      return Optional.empty();
    }
    return Optional.of(
        "database "
            + database
            + " collates text as "
            + collation
            + ": keys are compared through the C library (the import is about a fifth slower) and"
            + " ids are ordered unlike embedded Derby; create the database with LC_COLLATE 'C'"
            + " (README, Database)");
  }

  /** The warning for the database {@code c} is connected to; none for other products. */
  static Optional<String> warning(Connection c) throws SQLException {
    if (!c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
      return Optional.empty();
    }
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT datname, datcollate FROM pg_database WHERE datname = current_database()")) {
      r.next();
      return warning(r.getString(1), r.getString(2));
    }
  }
}
