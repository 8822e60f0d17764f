package jp.mynacard.returned;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import jp.mynacard.importer.CsvRecord;
import jp.mynacard.importer.Line;
import jp.mynacard.importer.LineReader;
import jp.mynacard.importer.StrictDecoder;

/**
 * Reads a returned-letters list row by row with the registry import's strict pieces: lines split on
 * bytes ({@link LineReader}, so an over-long line is skipped without being held in memory), decoded
 * without guessing ({@link StrictDecoder}), parsed as RFC 4180 ({@link CsvRecord}).
 *
 * <p>A row is one line: no value of this layout holds a line break, so a quoted field must close on
 * its line, and an unbalanced quote costs that line only. Blank lines, and lines whose fields are
 * all empty (what a spreadsheet leaves below a list), are skipped and not counted.
 */
public final class ReturnsFile implements Closeable {
  /** Far above any row of three short values; a longer line is rejected unread. */
  static final int MAX_LINE_BYTES = 4096;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final LineReader lines;
  private final StrictDecoder decoder;
  private final ReturnsHeader header;

  private ReturnsFile(
      InputStream in, LineReader lines, StrictDecoder decoder, ReturnsHeader header) {
    this.in = in;
    this.lines = lines;
    this.decoder = decoder;
    this.header = header;
  }

  /** Opens {@code path} and reads its header row. */
  public static ReturnsFile open(Path path, Charset charset) throws IOException, HeaderRefused {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    try {
      LineReader lines = new LineReader(in, 0, 1, MAX_LINE_BYTES);
      StrictDecoder decoder = new StrictDecoder(charset);
      Line first = lines.next();
      while (first != null && first.blank()) {
        first = lines.next();
      }
      return new ReturnsFile(in, lines, decoder, header(first, decoder, charset));
    } catch (IOException | HeaderRefused | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The next row, or null at the end of the file. */
  public ReturnLine next() throws IOException {
    for (Line line = lines.next(); line != null; line = lines.next()) {
      if (line.blank()) {
        continue;
      }
      long number = line.number();
      if (line.tooLong()) {
        return ReturnLine.unreadable(
            number, "line longer than " + MAX_LINE_BYTES + " bytes: no row of this list is");
      }
      if (line.quotes() % 2 == 1) {
        return ReturnLine.unreadable(
            number, "unbalanced double quote: a quoted field must close on its line");
      }
      List<String> values;
      try {
        values = CsvRecord.fields(decoder.decode(line.bytes()));
      } catch (StrictDecoder.UndecodableException | CsvRecord.MalformedCsvException e) {
        return ReturnLine.unreadable(number, e.getMessage());
      }
      if (values.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (values.size() != header.size()) {
        return ReturnLine.unreadable(
            number, "has " + values.size() + " fields; the header has " + header.size());
      }
      return ReturnLine.readable(number, header.arrange(values));
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static ReturnsHeader header(Line first, StrictDecoder decoder, Charset charset)
      throws HeaderRefused {
    String expected = " (" + String.join(",", ReturnColumn.headers()) + ")";
    if (first == null) {
      throw new HeaderRefused(
          "", "the file is empty: its first line must be the header row" + expected);
    }
    if (first.tooLong()) {
      throw new HeaderRefused("", "the first line must be the header row" + expected);
    }
    byte[] bytes = first.bytes();
    boolean bom = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3);
    if (bom && !charset.equals(StandardCharsets.UTF_8)) {
      throw new HeaderRefused(
          "", "the file starts with a UTF-8 byte order mark: import it with encoding=UTF-8");
    }
    if (bom) {
      bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    try {
      return ReturnsHeader.of(CsvRecord.fields(decoder.decode(bytes)));
    } catch (StrictDecoder.UndecodableException | CsvRecord.MalformedCsvException e) {
      throw new HeaderRefused("", "the header row cannot be read: " + e.getMessage());
    }
  }
}
