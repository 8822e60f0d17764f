package jp.mynacard.returned;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Residents' last returned letters, and whether paper to them is stopped ({@link PaperStop}), read
 * on the caller's connection. The one place that says which return is a resident's last: the latest
 * {@code returned_on}, and of one day the highest letter id.
 */
public final class LastReturns {
  private static final String LAST =
      "SELECT rl.resident_id, rl.letter_id, rl.returned_on, rl.reason, rl.postal_code, rl.address,"
          + " r.postal_code, r.address FROM returned_letter rl"
          + " JOIN resident r ON r.resident_id = rl.resident_id"
          + " WHERE rl.resident_id IN (%s) AND NOT EXISTS (SELECT 1 FROM returned_letter x"
          + " WHERE x.resident_id = rl.resident_id AND (x.returned_on > rl.returned_on"
          + " OR (x.returned_on = rl.returned_on AND x.letter_id > rl.letter_id)))";

  private LastReturns() {}

  /** A resident's last returned letter, and whether paper to them is stopped now. */
  public record LastReturn(
      String letterId, LocalDate returnedOn, ReturnReason reason, boolean paperStopped) {}

  /** The resident's last returned letter, if any came back. */
  public static Optional<LastReturn> of(Connection c, String residentId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(String.format(LAST, "?"))) {
      s.setString(1, residentId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new LastReturn(
                r.getString(2),
                r.getDate(3).toLocalDate(),
                ReturnReason.valueOf(r.getString(4)),
                stopped(r)));
      }
    }
  }

  /**
   * The residents paper to whom is stopped, among those a query selects.
   *
   * @param residentIds a query of resident ids, e.g. {@code SELECT resident_id FROM letter WHERE
   *     run_id = ?}
   * @param parameters its parameters
   */
  public static Set<String> stoppedAmong(Connection c, String residentIds, Object... parameters)
      throws SQLException {
    Set<String> stopped = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement(String.format(LAST, residentIds))) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (stopped(r)) {
            stopped.add(r.getString(1));
          }
        }
      }
    }
    return stopped;
  }

  private static boolean stopped(ResultSet r) throws SQLException {
    return PaperStop.stopped(r.getString(5), r.getString(6), r.getString(7), r.getString(8));
  }
}
