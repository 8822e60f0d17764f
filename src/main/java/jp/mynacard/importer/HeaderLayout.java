package jp.mynacard.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Maps the columns of a file's header row to {@link RegistryColumn}s. Column order is free, names
 * are exact, and every column must be present exactly once: an unknown or missing column stops the
 * import before any row is read, because no row of such a file can be trusted.
 */
final class HeaderLayout {
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
        unknown.add(name.isEmpty() ? "(empty name at position " + (i + 1) + ")" : name);
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
