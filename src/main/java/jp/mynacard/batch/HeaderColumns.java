package jp.mynacard.batch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A CSV file's header row mapped to the columns of a layout (an enum): names exact (blanks around
 * them ignored), order free, each column exactly once, no other column. The registry import and the
 * returned-letters list both read their headers through it, so both show a refused header the same
 * safe way: an unknown cell by name only when it looks like a column name, else by position, since
 * a file without its header row has a row's values there (an Individual Number, in the import), and
 * the message goes to logs, the job log and the rejects file.
 */
public final class HeaderColumns<C extends Enum<C>> {
  private static final Pattern COLUMN_LIKE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final List<C> byPosition;
  private final int columns;

  private HeaderColumns(List<C> byPosition, int columns) {
    this.byPosition = byPosition;
    this.columns = columns;
  }

  /** Why a header row was refused: the column a report names (maybe empty), and the reason. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String column;

    Refused(String column, String message) {
      super(message);
      this.column = column;
    }

    public String column() {
      return column;
    }
  }

  /**
   * Maps {@code cells}, the header row's values, to the layout {@code type} whose columns are named
   * by {@code header}.
   *
   * @throws Refused for a column unknown, repeated or missing
   */
  public static <C extends Enum<C>> HeaderColumns<C> of(
      List<String> cells, Class<C> type, Function<C, String> header) throws Refused {
    Map<String, C> byName = new HashMap<>();
    Map<C, String> names = new EnumMap<>(type);
    for (C column : type.getEnumConstants()) {
      byName.put(header.apply(column), column);
      names.put(column, header.apply(column));
    }
    List<C> byPosition = new ArrayList<>(cells.size());
    EnumSet<C> seen = EnumSet.noneOf(type);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      C column = byName.get(name);
      if (column == null) {
        unknown.add(shown(name, i));
      } else if (!seen.add(column)) {
        throw new Refused(name, "column " + name + " appears twice in the header");
      }
      byPosition.add(column);
    }
    if (!unknown.isEmpty()) {
      throw new Refused(
          unknown.get(0),
          "unknown column(s) in the header: "
              + String.join(", ", unknown)
              + "; expected exactly: "
              + String.join(", ", names.values()));
    }
    Set<C> missing = EnumSet.complementOf(seen);
    if (!missing.isEmpty()) {
      List<String> missingNames = missing.stream().map(names::get).toList();
      throw new Refused(
          missingNames.get(0),
          "missing column(s) in the header: " + String.join(", ", missingNames));
    }
    return new HeaderColumns<>(byPosition, names.size());
  }

  private static String shown(String name, int index) {
    return COLUMN_LIKE.matcher(name).matches()
        ? name
        : "column " + (index + 1) + (name.isEmpty() ? " (empty name)" : " (not a column name)");
  }

  /** The number of cells of the header row (and of every record). */
  public int size() {
    return byPosition.size();
  }

  /** A record's values indexed by their column's ordinal. */
  public String[] arrange(List<String> values) {
    String[] arranged = new String[columns];
    for (int i = 0; i < byPosition.size(); i++) {
      arranged[byPosition.get(i).ordinal()] = values.get(i);
    }
    return arranged;
  }
}
