package jp.mynacard.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of a chunk's keys the registry already knows, and who owns them: resident ids and
 * number hashes, card ids, certificate serials. (Four JPQL IN queries cost ten times as much on the
 * client as this.)
 */
final class KeyProbe {
  final Map<String, String> residentCard = new HashMap<>();
  final Map<String, String> numberOwner = new HashMap<>();
  final Map<String, String> cardOwner = new HashMap<>();
  final Map<String, String> certificateCard = new HashMap<>();

  static KeyProbe run(
      Connection c,
      Collection<String> residentIds,
      Collection<String> hashes,
      Collection<String> cardIds,
      Collection<String> serials)
      throws SQLException {
    KeyProbe probe = new KeyProbe();
    if (PostgresCopy.supports(c)) {
      probeWithArrays(c, probe, residentIds, hashes, cardIds, serials);
    } else {
      probeOneByOne(c, probe, residentIds, hashes, cardIds, serials);
    }
    return probe;
  }

  /**
   * PostgreSQL: one statement, each key list an array parameter, so the statement text never
   * changes and the server keeps its plan; one branch per key column so each list probes its index.
   */
  private static void probeWithArrays(
      Connection c,
      KeyProbe probe,
      Collection<String> residentIds,
      Collection<String> hashes,
      Collection<String> cardIds,
      Collection<String> serials)
      throws SQLException {
    String sql =
        "SELECT 'R', resident_id, number_hash, current_card_id FROM resident"
            + " WHERE resident_id = ANY(?)"
            + " UNION ALL SELECT 'R', resident_id, number_hash, current_card_id FROM resident"
            + " WHERE number_hash = ANY(?)"
            + " UNION ALL SELECT 'C', card_id, resident_id, NULL FROM card WHERE card_id = ANY(?)"
            + " UNION ALL SELECT 'S', serial, card_id, NULL FROM certificate WHERE serial = ANY(?)";
    // During a bulk load the planner's statistics lag far behind the tables and it picks
    // sequential scans (measured: 94 ms a chunk instead of 9, growing with the registry). Index
    // look-ups are right for a thousand keys at any registry size, so say so, for this
    // statement only (SET LOCAL would otherwise hold until the chunk commits).
    setSequentialScans(c, false);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (Collection<String> keys : List.of(residentIds, hashes, cardIds, serials)) {
        s.setArray(i++, c.createArrayOf("varchar", keys.toArray()));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          probe.add(r.getString(1), r.getString(2), r.getString(3), r.getString(4), residentIds);
        }
      }
    } finally {
      setSequentialScans(c, true);
    }
  }

  /**
   * Other databases (embedded Derby): a prepared look-up per key. In-process calls cost
   * microseconds, and a single key always probes the index, while Derby's optimizer scans the table
   * for a long IN list.
   */
  private static void probeOneByOne(
      Connection c,
      KeyProbe probe,
      Collection<String> residentIds,
      Collection<String> hashes,
      Collection<String> cardIds,
      Collection<String> serials)
      throws SQLException {
    lookUp(
        c,
        probe,
        "SELECT 'R', resident_id, number_hash, current_card_id FROM resident"
            + " WHERE resident_id = ?",
        residentIds,
        residentIds);
    lookUp(
        c,
        probe,
        "SELECT 'R', resident_id, number_hash, current_card_id FROM resident"
            + " WHERE number_hash = ?",
        hashes,
        residentIds);
    lookUp(
        c,
        probe,
        "SELECT 'C', card_id, resident_id, resident_id FROM card WHERE card_id = ?",
        cardIds,
        residentIds);
    lookUp(
        c,
        probe,
        "SELECT 'S', serial, card_id, card_id FROM certificate WHERE serial = ?",
        serials,
        residentIds);
  }

  private static void lookUp(
      Connection c,
      KeyProbe probe,
      String sql,
      Collection<String> keys,
      Collection<String> residentIds)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (String key : keys) {
        s.setString(1, key);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            probe.add(r.getString(1), r.getString(2), r.getString(3), r.getString(4), residentIds);
          }
        }
      }
    }
  }

  private void add(String kind, String key, String owner, String card, Collection<String> ids) {
    switch (kind) {
      case "R" -> {
        numberOwner.put(owner, key);
        if (ids.contains(key)) {
          residentCard.put(key, card);
        }
      }
      case "C" -> cardOwner.put(key, owner);
      default -> certificateCard.put(key, owner);
    }
  }

  private static void setSequentialScans(Connection c, boolean on) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute("SET LOCAL enable_seqscan = " + (on ? "on" : "off"));
    }
  }

  List<String> knownResidents() {
    return new ArrayList<>(residentCard.keySet());
  }
}
