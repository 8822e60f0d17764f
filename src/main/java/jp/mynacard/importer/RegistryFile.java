package jp.mynacard.importer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the extract record by record, resumable at any checkpoint.
 *
 * <p>{@link CsvRecord} parses each record, but the framing is done here first: a record is one
 * line, or several while a quoted field is open. That keeps one unbalanced quote from swallowing
 * the rest of the file (the parser alone would read to EOF): if the quote is still open after
 * {@value #MAX_RECORD_LINES} lines, or the joined lines do not parse into one record of the
 * header's width, only the first line is rejected and reading resumes at the next. Blank lines are
 * skipped.
 */
public final class RegistryFile implements Closeable {
  static final int MAX_LINE_BYTES = 1 << 20;
  static final int MAX_RECORD_LINES = 20;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final LineReader lines;
  private final StrictDecoder decoder;
  private final HeaderLayout layout;
  private final ArrayDeque<Line> pending = new ArrayDeque<>();
  private final long endOffset;
  private final long fileSize;
  private final long lastModified;
  private long nextOffset;
  private long nextLine;

  private RegistryFile(
      Path path,
      InputStream in,
      LineReader lines,
      StrictDecoder decoder,
      HeaderLayout layout,
      long nextOffset,
      long nextLine,
      long endOffset)
      throws IOException {
    this.endOffset = endOffset;
    this.fileSize = Files.size(path);
    this.lastModified = Files.getLastModifiedTime(path).toMillis();
    this.in = in;
    this.lines = lines;
    this.decoder = decoder;
    this.layout = layout;
    this.nextOffset = nextOffset;
    this.nextLine = nextLine;
  }

  /** Opens the whole of {@code path} at its first record, or at {@code checkpoint}. */
  public static RegistryFile open(Path path, Charset charset, ImportCheckpoint checkpoint)
      throws IOException {
    return open(path, charset, checkpoint, null);
  }

  /**
   * Opens {@code path} to read the records of {@code range} (the whole file when null), from the
   * range's start or from {@code checkpoint} when restarting.
   */
  public static RegistryFile open(
      Path path, Charset charset, ImportCheckpoint checkpoint, ImportRange range)
      throws IOException {
    StrictDecoder decoder = new StrictDecoder(charset);
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      InputStream in = Channels.newInputStream(channel);
      LineReader lines = new LineReader(in, 0, 1, MAX_LINE_BYTES);
      Line header = lines.next();
      HeaderLayout layout = header(header, decoder, charset);
      long offset = header.next();
      long line = 2;
      if (checkpoint != null) {
        requireUnchanged(path, checkpoint);
        offset = checkpoint.offset();
        line = checkpoint.nextLine();
      } else if (range != null && range.startOffset() > offset) {
        offset = range.startOffset();
        line = range.startLine();
      }
      if (offset != header.next()) {
        channel.position(offset);
        lines = new LineReader(in, offset, line, MAX_LINE_BYTES);
      }
      return new RegistryFile(
          path,
          in,
          lines,
          decoder,
          layout,
          offset,
          line,
          range == null ? ImportRange.TO_END : range.endOffset());
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The next record, or null at the end of the file or of the range. */
  public SourceRow next() throws IOException {
    Line first = nextNonBlank();
    if (first == null) {
      return null;
    }
    if (first.start() >= endOffset) {
      pending.addFirst(first);
      return null;
    }
    if (first.tooLong()) {
      return consumed(
          first,
          SourceRow.unreadable(first.number(), "line longer than " + MAX_LINE_BYTES + " bytes"));
    }
    List<Line> record = frame(first);
    if (record == null) {
      return consumed(
          first,
          SourceRow.unreadable(
              first.number(),
              "unbalanced double quote: a quoted field is not closed within "
                  + MAX_RECORD_LINES
                  + " lines"));
    }
    SourceRow row = parse(record);
    if (row.unreadable() != null && record.size() > 1) {
      // the joined lines were no record after all: blame the first, re-read the others
      for (int i = record.size() - 1; i >= 1; i--) {
        pending.addFirst(record.get(i));
      }
      return consumed(
          first,
          SourceRow.unreadable(
              first.number(),
              "unbalanced double quote: the quoted field opened on this line does not close properly"));
    }
    return consumed(record.get(record.size() - 1), row);
  }

  /**
   * Splits the file into up to {@code parts} ranges of about equal size that begin at record
   * boundaries. The scan frames records exactly as {@link #next()} does, but decodes and parses
   * only the few lines that open a quoted field, so it reads the file at disk speed.
   */
  public static List<ImportRange> split(Path path, Charset charset, int parts) throws IOException {
    long size = Files.size(path);
    List<ImportRange> ranges = new ArrayList<>(parts);
    try (RegistryFile file = open(path, charset, null)) {
      long start = file.nextOffset;
      long startLine = file.nextLine;
      for (int k = 1; k < parts; k++) {
        long target = size * k / parts;
        while (file.nextOffset < target && file.skip()) {
          // advance record by record
        }
        if (file.nextOffset <= start || file.nextOffset >= size) {
          break;
        }
        ranges.add(new ImportRange(start, startLine, file.nextOffset));
        start = file.nextOffset;
        startLine = file.nextLine;
      }
      ranges.add(new ImportRange(start, startLine, ImportRange.TO_END));
    }
    return ranges;
  }

  /** Moves past one record like {@link #next()}; false at the end of the file. */
  private boolean skip() throws IOException {
    Line first = nextNonBlank();
    if (first == null) {
      return false;
    }
    if (!first.tooLong() && first.quotes() % 2 == 0) {
      consumed(first, null);
      return true;
    }
    pending.addFirst(first);
    next();
    return true;
  }

  /** Position of the next unread line, for the reader's checkpoint. */
  public ImportCheckpoint checkpoint() {
    return new ImportCheckpoint(nextOffset, nextLine, fileSize, lastModified);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private SourceRow consumed(Line last, SourceRow row) {
    Line next = pending.peekFirst();
    nextOffset = next != null ? next.start() : last.next();
    nextLine = next != null ? next.number() : last.number() + 1;
    return row;
  }

  private Line nextNonBlank() throws IOException {
    Line line;
    do {
      line = nextLine();
      if (line != null && line.blank()) {
        consumed(line, null);
      }
    } while (line != null && line.blank());
    return line;
  }

  private Line nextLine() throws IOException {
    return pending.isEmpty() ? lines.next() : pending.pollFirst();
  }

  /** The lines of one record, or null when a quote stays open for too long. */
  private List<Line> frame(Line first) throws IOException {
    List<Line> record = new ArrayList<>(1);
    record.add(first);
    int quotes = first.quotes();
    while (quotes % 2 == 1) {
      Line more = record.size() < MAX_RECORD_LINES ? nextLine() : null;
      if (more == null || more.tooLong()) {
        if (more != null) {
          pending.addFirst(more);
        }
        for (int i = record.size() - 1; i >= 1; i--) {
          pending.addFirst(record.get(i));
        }
        return null;
      }
      record.add(more);
      quotes += more.quotes();
    }
    return record;
  }

  private SourceRow parse(List<Line> record) {
    long number = record.get(0).number();
    String text;
    try {
      text = decoder.decode(join(record));
    } catch (StrictDecoder.UndecodableException e) {
      return SourceRow.unreadable(number, e.getMessage());
    }
    List<String> values;
    try {
      values = CsvRecord.fields(text);
    } catch (CsvRecord.MalformedCsvException e) {
      return SourceRow.unreadable(number, e.getMessage());
    }
    if (values.size() != layout.size()) {
      return SourceRow.unreadable(
          number, "has " + values.size() + " fields; the header has " + layout.size());
    }
    return SourceRow.readable(number, layout.arrange(values));
  }

  private static byte[] join(List<Line> record) {
    if (record.size() == 1) {
      return record.get(0).bytes();
    }
    int size = record.stream().mapToInt(l -> l.bytes().length + 1).sum() - 1;
    byte[] joined = new byte[size];
    int at = 0;
    for (Line l : record) {
      if (at > 0) {
        joined[at++] = '\n';
      }
      System.arraycopy(l.bytes(), 0, joined, at, l.bytes().length);
      at += l.bytes().length;
    }
    return joined;
  }

  private static HeaderLayout header(Line header, StrictDecoder decoder, Charset charset) {
    if (header == null || header.tooLong() || header.blank()) {
      throw new LayoutException("", "the first line must be the header row");
    }
    byte[] bytes = header.bytes();
    if (charset.equals(StandardCharsets.UTF_8)
        && bytes.length >= 3
        && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3)) {
      bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
    }
    try {
      return HeaderLayout.of(CsvRecord.fields(decoder.decode(bytes)));
    } catch (StrictDecoder.UndecodableException | CsvRecord.MalformedCsvException e) {
      throw new LayoutException("", "the header row cannot be read: " + e.getMessage());
    }
  }

  private static void requireUnchanged(Path path, ImportCheckpoint checkpoint) throws IOException {
    if (Files.size(path) != checkpoint.fileSize()
        || Files.getLastModifiedTime(path).toMillis() != checkpoint.lastModified()) {
      throw new LayoutException(
          "",
          "the input file changed since the interrupted run;"
              + " start a new import instead of restarting");
    }
  }
}
