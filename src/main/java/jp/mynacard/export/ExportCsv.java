package jp.mynacard.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the export CSV: RFC 4180, CRLF, header row, in UTF-8 or Windows-31J. A letter with a
 * character the encoding cannot write (a rare kanji outside JIS X 0208 in Windows-31J) is left out
 * and reported rather than printed with a replacement character the resident would receive.
 */
public final class ExportCsv implements Closeable {
  private final CSVPrinter printer;
  private final CharsetEncoder encoder;
  private final List<Unencodable> unencodable = new ArrayList<>();
  private long rows;

  /**
   * @param file where the bytes go: a new file's stream, or an encrypting one in front of it;
   *     closed with this writer
   */
  public ExportCsv(OutputStream file, Charset charset) throws IOException {
    Writer writer = new OutputStreamWriter(file, charset.newEncoder());
    this.printer =
        new CSVPrinter(
            writer,
            CSVFormat.RFC4180
                .builder()
                .setHeader(ExportLayout.HEADER)
                .setRecordSeparator("\r\n")
                .get());
    this.encoder = charset.equals(StandardCharsets.UTF_8) ? null : charset.newEncoder();
  }

  /** Writes the letter's row; false when it was left out as unencodable. */
  public boolean write(LetterRow letter) throws IOException {
    String[] values = ExportLayout.values(letter);
    if (encoder != null) {
      for (int i = 0; i < values.length; i++) {
        String v = values[i];
        if (v != null && !encoder.canEncode(v)) {
          unencodable.add(new Unencodable(letter.letterId(), ExportLayout.HEADER[i], firstBad(v)));
          return false;
        }
      }
    }
    printer.printRecord((Object[]) values);
    rows++;
    return true;
  }

  public long rows() {
    return rows;
  }

  public List<Unencodable> unencodable() {
    return unencodable;
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }

  private String firstBad(String v) {
    return v.codePoints()
        .filter(cp -> !encoder.canEncode(new String(Character.toChars(cp))))
        .mapToObj(cp -> String.format("U+%04X", cp))
        .findFirst()
        .orElse("");
  }
}
