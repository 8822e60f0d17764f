package jp.mynacard.importer;

import java.util.List;
import jp.mynacard.batch.HeaderColumns;

/**
 * Maps the columns of a file's header row to {@link RegistryColumn}s ({@link HeaderColumns}: order
 * free, names exact, every column exactly once): an unknown or missing column stops the import
 * before any row is read, because no row of such a file can be trusted.
 */
final class HeaderLayout {
  private final HeaderColumns<RegistryColumn> columns;

  private HeaderLayout(HeaderColumns<RegistryColumn> columns) {
    this.columns = columns;
  }

  static HeaderLayout of(List<String> header) {
    try {
      return new HeaderLayout(
          HeaderColumns.of(header, RegistryColumn.class, RegistryColumn::header));
    } catch (HeaderColumns.Refused e) {
      throw new LayoutException(e.column(), e.getMessage());
    }
  }

  int size() {
    return columns.size();
  }

  /** Values of one record, indexed by {@link RegistryColumn#ordinal()}. */
  String[] arrange(List<String> values) {
    return columns.arrange(values);
  }
}
