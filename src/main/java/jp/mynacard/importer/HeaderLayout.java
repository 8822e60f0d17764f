package jp.mynacard.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the columns of a file's header row to {@link RegistryColumn}s. Column order is free, names
 * are exact, and every column must be present exactly once: an unknown or missing column stops the
 * import before any row is read, because no row of such a file can be trusted.
 */
final class HeaderLayout {
  private static final Pattern COLUMN_LIKE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final RegistryColumn[] byPosition;

  private HeaderLayout(RegistryColumn[] byPosition) {
    this.byPosition = byPosition;
  }

  static HeaderLayout of(List<String> header) {
    RegistryColumn[] byPosition = new RegistryColumn[header.size()];
    EnumSet<RegistryColumn> seen = EnumSet.noneOf(RegistryColumn.class);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      RegistryColumn column = RegistryColumn.byHeader(name).orElse(null);
      if (column == null) {
        unknown.add(shown(name, i));
      } else if (!seen.add(column)) {
        throw new LayoutException(name, "column " + name + " appears twice in the header");
      }
      byPosition[i] = column;
    }
    if (!unknown.isEmpty()) {
      throw new LayoutException(
          unknown.get(0),
          "unknown column(s) in the header: "
              + String.join(", ", unknown)
              + "; expected exactly: "
              + String.join(", ", RegistryColumn.headers()));
    }
    Set<RegistryColumn> missing = EnumSet.complementOf(seen);
    if (!missing.isEmpty()) {
      List<String> names = missing.stream().map(RegistryColumn::header).toList();
      throw new LayoutException(
          names.get(0), "missing column(s) in the header: " + String.join(", ", names));
    }
    return new HeaderLayout(byPosition);
  }

  /**
   * An unknown header cell as a report may show it: by name only when it looks like a column name,
   * else by position. A file without its header row has a resident's values there, Individual
   * Number included, and the message goes to logs, the job log and the rejects file.
   */
  private static String shown(String name, int index) {
    return COLUMN_LIKE.matcher(name).matches()
        ? name
        : "column " + (index + 1) + (name.isEmpty() ? " (empty name)" : " (not a column name)");
  }

  int size() {
    return byPosition.length;
  }

  /** Values of one record, indexed by {@link RegistryColumn#ordinal()}. */
  String[] arrange(List<String> values) {
    String[] arranged = new String[RegistryColumn.values().length];
    for (int i = 0; i < byPosition.length; i++) {
      arranged[byPosition[i].ordinal()] = values.get(i);
    }
    return arranged;
  }
}
