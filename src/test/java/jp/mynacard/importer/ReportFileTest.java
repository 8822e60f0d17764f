package jp.mynacard.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {
  private static final String[] HEADER = {"line", "reason"};

  @TempDir Path dir;

  private Path report() {
    return dir.resolve("registry.csv.rejects.csv");
  }

  @Test
  void freshReportStartsWithItsHeaderAndEndsEveryLineWithCrlf() throws IOException {
    try (ReportFile f = ReportFile.open(report(), UTF_8, HEADER, null)) {
      f.print(2, "bad");
      f.print(3, "worse");
    }
    assertEquals("line,reason\r\n2,bad\r\n3,worse\r\n", Files.readString(report()));
  }

  @Test
  void valuesAreQuotedAsRfc4180Requires() throws IOException {
    try (ReportFile f = ReportFile.open(report(), UTF_8, HEADER, null)) {
      f.print(2, "has \"quotes\", and a comma");
    }
    assertEquals(
        "line,reason\r\n2,\"has \"\"quotes\"\", and a comma\"\r\n", Files.readString(report()));
  }

  @Test
  void partFileWithoutHeaderHoldsOnlyItsRows() throws IOException {
    try (ReportFile f = ReportFile.open(report(), UTF_8, null, null)) {
      f.print(5, "x");
    }
    assertEquals("5,x\r\n", Files.readString(report()));
  }

  @Test
  void freshRunReplacesAnEarlierReport() throws IOException {
    Files.writeString(report(), "left over from an earlier run\r\n");
    try (ReportFile f = ReportFile.open(report(), UTF_8, HEADER, null)) {
      f.print(2, "new");
    }
    assertEquals("line,reason\r\n2,new\r\n", Files.readString(report()));
  }

  @Test
  void syncReturnsTheLengthOnDisk() throws IOException {
    try (ReportFile f = ReportFile.open(report(), UTF_8, HEADER, null)) {
      f.print(2, "山田");
      long length = f.sync();
      assertEquals(Files.size(report()), length);
      assertEquals("line,reason\r\n2,山田\r\n".getBytes(UTF_8).length, length);
    }
  }

  @Test
  void reopeningAtTheCheckpointedLengthDropsLaterLinesAndAppendsAfterIt() throws IOException {
    long checkpoint;
    try (ReportFile f = ReportFile.open(report(), UTF_8, HEADER, null)) {
      f.print(2, "committed");
      checkpoint = f.sync();
      f.print(3, "never committed");
      f.sync();
    }
    try (ReportFile f = ReportFile.open(report(), UTF_8, HEADER, checkpoint)) {
      f.print(3, "written again");
    }
    assertEquals("line,reason\r\n2,committed\r\n3,written again\r\n", Files.readString(report()));
  }

  @Test
  void reopeningAtTheHeaderLengthKeepsTheHeaderOnce() throws IOException {
    long checkpoint;
    try (ReportFile f = ReportFile.open(report(), UTF_8, HEADER, null)) {
      checkpoint = f.sync();
      f.print(2, "never committed");
    }
    try (ReportFile f = ReportFile.open(report(), UTF_8, HEADER, checkpoint)) {
      f.print(2, "once");
    }
    assertEquals("line,reason\r\n2,once\r\n", Files.readString(report()));
  }
}
