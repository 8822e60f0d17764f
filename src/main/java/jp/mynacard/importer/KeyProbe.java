package jp.mynacard.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mynacard.registry.PostgresCopy;

/**
 * Finds which of a chunk's keys the registry already knows, and who owns them: resident ids and
 * number hashes, card ids, certificate serials. (Four JPQL IN queries cost ten times as much on the
 * client as this.)
 */
final class KeyProbe {
  private static final String RESIDENT = "SELECT 'R', resident_id, number_hash, current_card_id";
  private static final String CARD = "SELECT 'C', card_id, resident_id, resident_id FROM card";
  private static final String CERTIFICATE = "SELECT 'S', serial, card_id, card_id FROM certificate";

  final Map<String, String> residentCard = new HashMap<>();
  final Map<String, String> numberOwner = new HashMap<>();
  final Map<String, String> cardOwner = new HashMap<>();
  final Map<String, String> certificateCard = new HashMap<>();
  private final Set<String> residentIds;

  private KeyProbe(Collection<String> residentIds) {
    this.residentIds = new HashSet<>(residentIds);
  }

  static KeyProbe run(
      Connection c,
      Collection<String> residentIds,
      Collection<String> hashes,
      Collection<String> cardIds,
      Collection<String> serials)
      throws SQLException {
    KeyProbe probe = new KeyProbe(residentIds);
    if (PostgresCopy.supports(c)) {
      probe.withArrays(c, List.of(residentIds, hashes, cardIds, serials));
    } else {
      probe.oneByOne(c, RESIDENT + " FROM resident WHERE resident_id = ?", residentIds);
      probe.oneByOne(c, RESIDENT + " FROM resident WHERE number_hash = ?", hashes);
      probe.oneByOne(c, CARD + " WHERE card_id = ?", cardIds);
      probe.oneByOne(c, CERTIFICATE + " WHERE serial = ?", serials);
    }
    return probe;
  }

  /**
   * PostgreSQL: one statement, each key list an array parameter, so the statement text never
   * changes and the server keeps its plan; one branch per key column so each list probes its index.
   */
  private void withArrays(Connection c, List<Collection<String>> keyLists) throws SQLException {
    String sql =
        RESIDENT
            + " FROM resident WHERE resident_id = ANY(?) UNION ALL "
            + RESIDENT
            + " FROM resident WHERE number_hash = ANY(?) UNION ALL "
            + CARD
            + " WHERE card_id = ANY(?) UNION ALL "
            + CERTIFICATE
            + " WHERE serial = ANY(?)";
    // During a bulk load the planner's statistics lag far behind the tables and it picks
    // sequential scans (measured: 94 ms a chunk instead of 9, growing with the registry). Index
    // look-ups are right for a thousand keys at any registry size, so say so, for this
    // statement only (SET LOCAL would otherwise hold until the chunk commits). Plain index scans,
    // not bitmap scans: nearly every key misses, and a bitmap costs its set-up per key list.
    setScansOtherThanIndex(c, false);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (Collection<String> keys : keyLists) {
        s.setArray(i++, c.createArrayOf("varchar", keys.toArray()));
      }
      collect(s);
    } finally {
      setScansOtherThanIndex(c, true);
    }
  }

  /**
   * Other databases (embedded Derby): a prepared look-up per key. In-process calls cost
   * microseconds, and a single key always probes the index, while Derby's optimizer scans the table
   * for a long IN list.
   */
  private void oneByOne(Connection c, String sql, Collection<String> keys) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (String key : keys) {
        s.setString(1, key);
        collect(s);
      }
    }
  }

  private void collect(PreparedStatement s) throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        add(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
      }
    }
  }

  private void add(String kind, String key, String owner, String card) {
    switch (kind) {
      case "R" -> {
        numberOwner.put(owner, key);
        if (residentIds.contains(key)) {
          residentCard.put(key, card);
        }
      }
      case "C" -> cardOwner.put(key, owner);
      default -> certificateCard.put(key, owner);
    }
  }

  private static void setScansOtherThanIndex(Connection c, boolean on) throws SQLException {
    try (var s = c.createStatement()) {
      String value = on ? "on" : "off";
      s.execute("SET LOCAL enable_seqscan = " + value + "; SET LOCAL enable_bitmapscan = " + value);
    }
  }

  List<String> knownResidents() {
    return new ArrayList<>(residentCard.keySet());
  }
}
