package jp.mynacard.returned;

import java.util.Arrays;
import java.util.List;

/** The columns of a returned-letters list, by their exact header names. */
public enum ReturnColumn {
  LETTER_ID("letter_id"),
  RETURNED_ON("returned_on"),
  REASON("reason");

  private final String header;

  ReturnColumn(String header) {
    this.header = header;
  }

  public String header() {
    return header;
  }

  static List<String> headers() {
    return Arrays.stream(values()).map(ReturnColumn::header).toList();
  }
}
