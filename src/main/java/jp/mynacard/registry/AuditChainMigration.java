package jp.mynacard.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 8, in Java because it needs the audit key: chains the audit lines written before version
 * 7 (in the order they were written), then makes the chain's places unique and, on PostgreSQL,
 * guards the trail with a trigger that refuses UPDATE, DELETE and TRUNCATE of audit lines, whoever
 * asks (the table's owner can still drop the trigger: the chain shows that too). It also adds
 * {@code mynacard_analyze}, through which a runtime role that owns no table keeps refreshing the
 * planner's statistics after bulk writes ({@link TableStatistics}).
 */
public final class AuditChainMigration implements JavaMigration {
  static final int PAGE = 1000;

  private final AuditChain chain;

  public AuditChainMigration(AuditChain chain) {
    this.chain = chain;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("8");
  }

  @Override
  public String getDescription() {
    return "chain existing audit lines and guard them";
  }

  @Override
  public Integer getChecksum() {
    return 8;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    chainExistingLines(c);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE UNIQUE INDEX ux_audit_chain_seq ON audit_event (chain_seq)");
    }
    if (PostgresCopy.supports(c)) {
      guardOnPostgres(c);
    }
  }

  private record Line(String id, LocalDateTime occurredAt, AuditEntry entry) {}

  private void chainExistingLines(Connection c) throws SQLException {
    AuditLog.Head head = AuditLog.AuditChainHead.read(c);
    long seq = head.lastSeq();
    String previous = head.lastHash();
    List<Line> page;
    do {
      page = nextUnchained(c);
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE audit_event SET chain_seq = ?, chain_hash = ? WHERE event_id = ?")) {
        for (Line line : page) {
          seq++;
          String hash =
              chain.hash(
                  previous, new AuditChain.Link(seq, line.id(), line.occurredAt(), line.entry()));
          update.setLong(1, seq);
          update.setString(2, hash);
          update.setString(3, line.id());
          update.addBatch();
          previous = hash;
        }
        update.executeBatch();
      }
    } while (page.size() == PAGE);
    try (PreparedStatement move =
        c.prepareStatement(
            "UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE chain_id = 1")) {
      move.setLong(1, seq);
      move.setString(2, previous);
      move.executeUpdate();
    }
  }

  /**
   * The next page of lines not yet chained, oldest first (each page is chained before the next).
   */
  private static List<Line> nextUnchained(Connection c) throws SQLException {
    List<Line> page = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + AuditLog.LINE_COLUMNS
                + " FROM audit_event WHERE chain_seq IS NULL ORDER BY occurred_at, event_id")) {
      s.setMaxRows(PAGE);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          page.add(new Line(r.getString(1), AuditLog.occurredAt(r), AuditLog.entry(r)));
        }
      }
    }
    return page;
  }

  private static void guardOnPostgres(Connection c) throws SQLException {
    String schema;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT current_schema()")) {
      r.next();
      schema = "\"" + r.getString(1).replace("\"", "\"\"") + "\"";
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
              + " BEGIN RAISE EXCEPTION 'audit lines are append-only: % refused', TG_OP"
              + " USING ERRCODE = 'insufficient_privilege'; END $$");
      s.execute(
          "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event"
              + " FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()");
      s.execute(
          "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event"
              + " FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()");
      // SECURITY DEFINER runs as the tables' owner; the fixed search_path and the list of tables
      // keep a caller from pointing it anywhere else
      s.execute(
          "CREATE FUNCTION mynacard_analyze(tables text[]) RETURNS void LANGUAGE plpgsql"
              + " SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$"
              + " DECLARE t text; BEGIN FOREACH t IN ARRAY tables LOOP"
              + " IF t NOT IN ("
              + TableStatistics.ANALYSED
              + ") THEN RAISE EXCEPTION 'not a table the application analyses: %', t; END IF;"
              + " EXECUTE format('ANALYZE "
              + schema.replace("'", "''")
              + ".%I', t); END LOOP; END $$");
    }
  }
}
