package jp.mynacard.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import jp.mynacard.notice.LetterFacts;
import jp.mynacard.notice.LetterRenderer;
import jp.mynacard.notice.RenderedLetter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code notice-texts-<asOf>-<run>.csv} (layout version 2): the printable text of each letter of
 * the notices CSV, in the same order, so a vendor prints it as it stands and keeps no templates of
 * its own. Always UTF-8, whatever the notices CSV's encoding: the letters are in eleven languages,
 * and Windows-31J has no Hangul, Thai, Devanagari or Vietnamese letters. Columns {@code letter_id,
 * content_language, subject, text}; the text's lines end in CRLF inside the quoted field.
 */
public final class NoticeTextsCsv implements Closeable {
  public static final String[] HEADER = {"letter_id", "content_language", "subject", "text"};

  private final CSVPrinter printer;

  /**
   * @param file where the bytes go: a new file's stream, or an encrypting one in front of it;
   *     closed with this writer
   */
  public NoticeTextsCsv(OutputStream file) throws IOException {
    this.printer =
        new CSVPrinter(
            new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(file, StandardCharsets.UTF_8.newEncoder()), 1 << 16),
            CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\r\n").get());
  }

  /** One letter's text, rendered by {@link LetterRenderer#renderPrintable} (CRLF lines). */
  public void write(String letterId, RenderedLetter r) throws IOException {
    printer.printRecord(
        letterId,
        r.contentLanguage(),
        ExportLayout.neutralised(r.subject()),
        ExportLayout.neutralised(r.text()));
  }

  public static LetterFacts facts(LetterRow l) {
    return new LetterFacts(
        l.letterId(),
        l.language(),
        l.addressee(),
        l.cardExpiresOn(),
        l.stayExpiresOn(),
        l.userCertExpiresOn(),
        l.signCertExpiresOn(),
        l.stayCase(),
        l.stayNowEndsOn(),
        l.asOf());
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
