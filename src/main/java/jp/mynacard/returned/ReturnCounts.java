package jp.mynacard.returned;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The counts of each returned-letters run ({@code returned_import}), kept when its pass over the
 * list ends and again with the clerks' list, for its last step and {@code GET
 * /api/v1/jobs/executions/{id}}.
 */
@ApplicationScoped
public class ReturnCounts {
  @Resource(lookup = "jdbc/mynacard")
  DataSource dataSource;

  /** Keeps a run's counts (replacing what an earlier execution of the run kept). */
  @Transactional
  public void keep(long instanceId, ReturnsTally tally) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement("DELETE FROM returned_import WHERE instance_id = ?")) {
        s.setLong(1, instanceId);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO returned_import (instance_id, read_count, recorded, already_recorded,"
                  + " rejected, header_refused, paper_stopped, updated_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setLong(1, instanceId);
        s.setLong(2, tally.read());
        s.setLong(3, tally.recorded());
        s.setLong(4, tally.alreadyRecorded());
        s.setLong(5, tally.rejected());
        s.setBoolean(6, tally.headerRefused());
        if (tally.paperStopped() == null) {
          s.setNull(7, Types.BIGINT);
        } else {
          s.setLong(7, tally.paperStopped());
        }
        s.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
        s.executeUpdate();
      }
    }
  }

  /** A run's counts, once its pass over the file has ended. */
  @Transactional
  public Optional<ReturnsTally> tally(long instanceId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT read_count, recorded, already_recorded, rejected, header_refused,"
                    + " paper_stopped FROM returned_import WHERE instance_id = ?")) {
      s.setLong(1, instanceId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        long stopped = r.getLong(6);
        Long paperStopped = r.wasNull() ? null : stopped;
        long recorded = r.getLong(2);
        long known = r.getLong(3);
        return Optional.of(
            new ReturnsTally(
                r.getLong(1),
                recorded + known,
                r.getLong(4),
                recorded,
                known,
                paperStopped,
                r.getBoolean(5)));
      }
    }
  }
}
