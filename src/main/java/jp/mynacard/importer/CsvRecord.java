package jp.mynacard.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The fields of one framed record (RFC 4180), parsed by Commons CSV.
 *
 * <p>A record with no quote and no line break has nothing for RFC 4180 to interpret: its fields are
 * the text between the commas, and it is split here without building a parser. Most registry rows
 * are like that, and a Commons CSV parser per record (an 8 KiB buffer, a lexer) took a sixth of the
 * import's reading thread (measured with Flight Recorder on 1,000,000 rows, issue 11). {@code
 * CsvRecordTest} holds the split to the parser's answer.
 */
public final class CsvRecord {
  private CsvRecord() {}

  public static List<String> fields(String text) throws MalformedCsvException {
    return isPlain(text) ? splitAtCommas(text) : parse(text);
  }

  private static boolean isPlain(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\r' || c == '\n') {
        return false;
      }
    }
    return true;
  }

  private static List<String> splitAtCommas(String text) {
    List<String> fields = new ArrayList<>(32);
    int start = 0;
    for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', start)) {
      fields.add(text.substring(start, comma));
      start = comma + 1;
    }
    fields.add(text.substring(start));
    return fields;
  }

  private static List<String> parse(String text) throws MalformedCsvException {
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new MalformedCsvException("is not one CSV record");
      }
      return records.get(0).toList();
    } catch (UncheckedIOException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      throw new MalformedCsvException(
          "malformed CSV: "
              + cause
                  .getMessage()
                  .replaceFirst("^\\(startline [\\d,]+\\) ", "")
                  .replaceFirst(" at line: [\\d,]+, position: [\\d,]+", ""));
    }
  }

  /** A record that does not parse; the message names no value from it. */
  public static final class MalformedCsvException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedCsvException(String message) {
      super(message, null, false, false);
    }
  }
}
