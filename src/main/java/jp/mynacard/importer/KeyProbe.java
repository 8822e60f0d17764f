package jp.mynacard.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of a chunk's keys the registry already knows, and who owns them, in one statement:
 * resident ids and number hashes, card ids, certificate serials. On PostgreSQL each key list is
 * one array parameter, so the statement text never changes and the server keeps its plan; other
 * databases get IN lists. (Four JPQL IN queries cost ten times as much on the client as here.)
 */
final class KeyProbe {
  final Map<String, String> residentCard = new HashMap<>();
  final Map<String, String> numberOwner = new HashMap<>();
  final Map<String, String> cardOwner = new HashMap<>();
  final Map<String, String> certificateCard = new HashMap<>();

  static KeyProbe run(Connection c, Collection<String> residentIds, Collection<String> hashes,
      Collection<String> cardIds, Collection<String> serials) throws SQLException {
    boolean arrays = PostgresCopy.supports(c);
    List<Collection<String>> keys = List.of(residentIds, hashes, cardIds, serials);
    String sql = "SELECT 'R', resident_id, number_hash, current_card_id FROM resident"
        + " WHERE " + match("resident_id", arrays, residentIds)
        + " OR " + match("number_hash", arrays, hashes)
        + " UNION ALL SELECT 'C', card_id, resident_id, CAST(NULL AS VARCHAR(32)) FROM card WHERE "
        + match("card_id", arrays, cardIds)
        + " UNION ALL SELECT 'S', serial, card_id, CAST(NULL AS VARCHAR(32)) FROM certificate WHERE "
        + match("serial", arrays, serials);
    KeyProbe probe = new KeyProbe();
    if (arrays) {
      // During a bulk load the planner's statistics lag far behind the tables and it picks
      // sequential scans (measured: 94 ms a chunk instead of 9, growing with the registry). Index
      // look-ups are right for a thousand keys at any registry size, so say so, for this
      // statement only (SET LOCAL would otherwise hold until the chunk commits).
      setSequentialScans(c, false);
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (Collection<String> list : keys) {
        if (arrays) {
          s.setArray(i++, c.createArrayOf("varchar", list.toArray()));
        } else {
          for (String key : list) {
            s.setString(i++, key);
          }
        }
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          probe.add(r.getString(1), r.getString(2), r.getString(3), r.getString(4), residentIds);
        }
      }
    } finally {
      if (arrays) {
        setSequentialScans(c, true);
      }
    }
    return probe;
  }

  private static void setSequentialScans(Connection c, boolean on) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute("SET LOCAL enable_seqscan = " + (on ? "on" : "off"));
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

  /** {@code column = ANY(?)}, or an IN list; an empty list matches nothing. */
  private static String match(String column, boolean arrays, Collection<String> keys) {
    if (arrays) {
      return column + " = ANY(?)";
    }
    return keys.isEmpty() ? "1 = 0"
        : column + " IN (" + String.join(",", Collections.nCopies(keys.size(), "?")) + ")";
  }

  List<String> knownResidents() {
    return new ArrayList<>(residentCard.keySet());
  }
}
