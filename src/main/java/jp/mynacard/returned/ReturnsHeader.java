package jp.mynacard.returned;

import java.util.List;
import jp.mynacard.batch.HeaderColumns;

/**
 * Maps a list's header row to {@link ReturnColumn}s as the registry import maps its own ({@link
 * HeaderColumns}: names exact, blanks around them ignored, order free, each column exactly once, no
 * other column).
 */
final class ReturnsHeader {
  private final HeaderColumns<ReturnColumn> columns;

  private ReturnsHeader(HeaderColumns<ReturnColumn> columns) {
    this.columns = columns;
  }

  static ReturnsHeader of(List<String> cells) throws HeaderRefused {
    try {
      return new ReturnsHeader(HeaderColumns.of(cells, ReturnColumn.class, ReturnColumn::header));
    } catch (HeaderColumns.Refused e) {
      throw new HeaderRefused(e.column(), e.getMessage());
    }
  }

  int size() {
    return columns.size();
  }

  /** A record's values indexed by {@link ReturnColumn#ordinal()}. */
  String[] arrange(List<String> values) {
    return columns.arrange(values);
  }
}
