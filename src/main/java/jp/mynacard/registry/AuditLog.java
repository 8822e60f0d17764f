package jp.mynacard.registry;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Appends to the audit trail inside the caller's transaction; there is no update or delete.
 *
 * <p>Lines are collected during the transaction and chained and inserted just before it commits (an
 * interposed synchronization, which runs after JPA has flushed): taking the chain's head row is
 * then the last lock a transaction takes, held only until its commit, so API requests and the
 * import's partitions take turns at the chain without ever waiting on each other in a cycle. A
 * transaction that rolls back writes none of its lines; a line that cannot be written rolls back
 * the change it records.
 */
@ApplicationScoped
public class AuditLog {
  private static final String PENDING = AuditLog.class.getName() + ".pending";

  @Resource TransactionSynchronizationRegistry transactions;

  @Resource(lookup = "jdbc/mynacard")
  DataSource dataSource;

  @Inject AuditChain chain;

  private record Pending(String id, LocalDateTime occurredAt, AuditEntry entry) {}

  public void append(AuditEntry entry) {
    if (transactions.getTransactionKey() == null) {
      throw new IllegalStateException(
          "an audit line is written in the transaction of the change it records");
    }
    @SuppressWarnings("unchecked")
    List<Pending> pending = (List<Pending>) transactions.getResource(PENDING);
    if (pending == null) {
      List<Pending> lines = new ArrayList<>();
      pending = lines;
      transactions.putResource(PENDING, lines);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                write(lines);
              }
            }

            @Override
            public void afterCompletion(int status) {}
          });
    }
    pending.add(
        new Pending(
            UUID.randomUUID().toString(),
            AuditChain.storedTime(LocalDateTime.now(ZoneOffset.UTC)),
            entry.clipped()));
  }

  private void write(List<Pending> lines) {
    try (Connection c = dataSource.getConnection()) {
      Head head = AuditChainHead.take(c, lines.size());
      long seq = head.lastSeq() - lines.size();
      String previous = head.lastHash();
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        for (Pending line : lines) {
          seq++;
          String hash =
              chain.hash(
                  previous, new AuditChain.Link(seq, line.id(), line.occurredAt(), line.entry()));
          bind(insert, line, seq, hash);
          insert.addBatch();
          previous = hash;
        }
        insert.executeBatch();
      }
      AuditChainHead.moveTo(c, previous);
    } catch (SQLException e) {
      throw new IllegalStateException("the audit trail could not be written", e);
    }
  }

  /** The columns of a line as chained, in the order {@link #entry} reads them. */
  static final String LINE_COLUMNS =
      "event_id, occurred_at, principal, role_name, action, target_type, target_id, resident_id,"
          + " reason, channel, detail";

  /** What the line of the current row says, from its {@link #LINE_COLUMNS} (columns 3 to 11). */
  static AuditEntry entry(ResultSet r) throws SQLException {
    return new AuditEntry(
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getString(6),
        r.getString(7),
        r.getString(8),
        r.getString(9),
        r.getString(10),
        r.getString(11));
  }

  /** The time of the current row's line, as it was hashed. */
  static LocalDateTime occurredAt(ResultSet r) throws SQLException {
    return AuditChain.storedTime(r.getTimestamp(2).toLocalDateTime());
  }

  private static final String INSERT =
      "INSERT INTO audit_event (event_id, occurred_at, principal, role_name, action, target_type,"
          + " target_id, resident_id, reason, channel, detail, chain_seq, chain_hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static void bind(PreparedStatement s, Pending line, long seq, String hash)
      throws SQLException {
    AuditEntry e = line.entry();
    s.setString(1, line.id());
    s.setTimestamp(2, Timestamp.valueOf(line.occurredAt()));
    s.setString(3, e.principal());
    text(s, 4, e.role());
    s.setString(5, e.action());
    s.setString(6, e.targetType());
    s.setString(7, e.targetId());
    text(s, 8, e.residentId());
    text(s, 9, e.reason());
    text(s, 10, e.channel());
    text(s, 11, e.detail());
    s.setLong(12, seq);
    s.setString(13, hash);
  }

  private static void text(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  /** The chain's head: the last line's place and hash. */
  record Head(long lastSeq, String lastHash) {}

  /** The one row every writer of the chain takes in turn. */
  static final class AuditChainHead {
    private AuditChainHead() {}

    /**
     * Locks the head and reserves {@code count} places after the last one (an UPDATE first, so both
     * Derby and PostgreSQL lock the row before it is read); the head as it now stands.
     */
    static Head take(Connection c, int count) throws SQLException {
      try (PreparedStatement lock =
          c.prepareStatement("UPDATE audit_chain SET last_seq = last_seq + ? WHERE chain_id = 1")) {
        lock.setLong(1, count);
        if (lock.executeUpdate() != 1) {
          throw new SQLException("the audit chain's head row is missing");
        }
      }
      return read(c);
    }

    static Head read(Connection c) throws SQLException {
      try (PreparedStatement read =
              c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE chain_id = 1");
          ResultSet r = read.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("the audit chain's head row is missing");
        }
        String hash = r.getString(2);
        return new Head(r.getLong(1), hash == null ? AuditChain.START : hash);
      }
    }

    static void moveTo(Connection c, String lastHash) throws SQLException {
      try (PreparedStatement move =
          c.prepareStatement("UPDATE audit_chain SET last_hash = ? WHERE chain_id = 1")) {
        move.setString(1, lastHash);
        move.executeUpdate();
      }
    }
  }
}
