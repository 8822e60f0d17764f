package jp.mynacard.returned;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps a list's header row to {@link ReturnColumn}s: names exact (blanks around them ignored),
 * order free, each column exactly once, no other column, as the registry import's header.
 */
final class ReturnsHeader {
  private static final Pattern COLUMN_LIKE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final ReturnColumn[] byPosition;

  private ReturnsHeader(ReturnColumn[] byPosition) {
    this.byPosition = byPosition;
  }

  static ReturnsHeader of(List<String> cells) throws HeaderRefused {
    ReturnColumn[] byPosition = new ReturnColumn[cells.size()];
    Set<ReturnColumn> seen = EnumSet.noneOf(ReturnColumn.class);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      ReturnColumn column = ReturnColumn.byHeader(name).orElse(null);
      if (column == null) {
        unknown.add(shown(name, i));
      } else if (!seen.add(column)) {
        throw new HeaderRefused(name, "column " + name + " appears twice in the header");
      }
      byPosition[i] = column;
    }
    if (!unknown.isEmpty()) {
      throw new HeaderRefused(
          unknown.get(0),
          "unknown column(s) in the header: "
              + String.join(", ", unknown)
              + "; expected exactly: "
              + String.join(", ", ReturnColumn.headers()));
    }
    Set<ReturnColumn> missing = EnumSet.allOf(ReturnColumn.class);
    missing.removeAll(seen);
    if (!missing.isEmpty()) {
      List<String> names = missing.stream().map(ReturnColumn::header).toList();
      throw new HeaderRefused(
          names.get(0), "missing column(s) in the header: " + String.join(", ", names));
    }
    return new ReturnsHeader(byPosition);
  }

  /**
   * An unknown header cell by name only when it looks like a column name, else by position: a list
   * without its header row has a row's values there.
   */
  private static String shown(String name, int index) {
    return COLUMN_LIKE.matcher(name).matches()
        ? name
        : "column " + (index + 1) + (name.isEmpty() ? " (empty name)" : " (not a column name)");
  }

  int size() {
    return byPosition.length;
  }

  /** A record's values indexed by {@link ReturnColumn#ordinal()}. */
  String[] arrange(List<String> values) {
    String[] arranged = new String[ReturnColumn.values().length];
    for (int i = 0; i < byPosition.length; i++) {
      arranged[byPosition[i].ordinal()] = values.get(i);
    }
    return arranged;
  }
}
