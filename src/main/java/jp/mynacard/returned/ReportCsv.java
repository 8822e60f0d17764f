package jp.mynacard.returned;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jp.mynacard.batch.SafeFiles;
import jp.mynacard.export.ExportLayout;
import jp.mynacard.validity.NumberMask;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report beside the list, for people who open it in a spreadsheet: RFC 4180, CRLF, header row, in
 * the list's encoding; written under a {@code .partial} name (created new, owner-only) and renamed
 * into place whole. Every text cell is masked ({@link NumberMask}), can never be taken for a
 * formula ({@link ExportLayout#neutralised}), and a character the encoding lacks (a rare kanji in
 * Windows-31J) is written as {@code [U+20BB7]} rather than failing the job or being replaced
 * silently.
 */
final class ReportCsv implements Closeable {
  private final Path partial;
  private final CSVPrinter printer;
  private final CharsetEncoder encoder;

  private ReportCsv(Path partial, CSVPrinter printer, CharsetEncoder encoder) {
    this.partial = partial;
    this.printer = printer;
    this.encoder = encoder;
  }

  static ReportCsv create(Path target, Charset charset, String... header) throws IOException {
    Path partial = Path.of(target + ".partial");
    CSVPrinter printer =
        new CSVPrinter(
            new BufferedWriter(
                new OutputStreamWriter(SafeFiles.newOutputStream(partial), charset.newEncoder())),
            CSVFormat.RFC4180.builder().setHeader(header).get());
    return new ReportCsv(
        partial, printer, charset.equals(StandardCharsets.UTF_8) ? null : charset.newEncoder());
  }

  void print(Object... values) throws IOException {
    Object[] cells = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      cells[i] = values[i] instanceof String text ? cell(text) : values[i];
    }
    printer.printRecord(cells);
  }

  /** Closes the file (forcing it to the disk) and renames it to {@code target}. */
  void publish(Path target) throws IOException {
    printer.close();
    SafeFiles.moveIntoPlace(partial, target);
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }

  String cell(String text) {
    return encodable(ExportLayout.neutralised(NumberMask.mask(text)));
  }

  private String encodable(String text) {
    if (encoder == null || encoder.canEncode(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              out.append(encoder.canEncode(c) ? c : String.format("[U+%04X]", cp));
            });
    return out.toString();
  }
}
