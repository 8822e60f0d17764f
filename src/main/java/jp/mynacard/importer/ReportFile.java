package jp.mynacard.importer;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import jp.mynacard.batch.SafeFiles;
import jp.mynacard.validity.NumberMask;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV report beside the input (rejects, anomalies) that survives restarts: a fresh run starts it
 * with its header; a restart cuts it back to the length recorded at the last checkpoint, so lines
 * written by a chunk that never committed disappear and are written again exactly once.
 */
final class ReportFile implements Closeable {
  private final FileChannel channel;
  private final Writer writer;
  private final CSVPrinter printer;

  private ReportFile(FileChannel channel, Writer writer, CSVPrinter printer) {
    this.channel = channel;
    this.writer = writer;
    this.printer = printer;
  }

  /**
   * @param header written first in a fresh file; null for a part file
   * @param checkpointLength null for a fresh run
   */
  static ReportFile open(Path path, Charset charset, String[] header, Long checkpointLength)
      throws IOException {
    // fresh: created new, owner-only, a stale file or link removed first; a restart reopens the
    // file it wrote and refuses a link put in its place
    FileChannel channel =
        checkpointLength == null ? SafeFiles.create(path) : SafeFiles.reopen(path);
    long length = checkpointLength == null ? 0 : checkpointLength;
    channel.truncate(length);
    channel.position(length);
    Writer writer = Channels.newWriter(channel, charset.newEncoder(), 1 << 14);
    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    if (length == 0 && header != null) {
      printer.printRecord((Object[]) header);
    }
    return new ReportFile(channel, writer, printer);
  }

  /** One line; every text in it is masked ({@link NumberMask}), whatever column it came from. */
  void print(Object... values) throws IOException {
    Object[] masked = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      masked[i] = values[i] instanceof String text ? NumberMask.mask(text) : values[i];
    }
    printer.printRecord(masked);
  }

  /** Writes everything through to the disk and returns the file's length. */
  long sync() throws IOException {
    printer.flush();
    writer.flush();
    channel.force(false);
    return channel.position();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
