package jp.mynacard.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.mynacard.testing.RegistryRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryFileTest {
  @TempDir Path dir;

  private static RegistryRows row(int n) {
    return RegistryRows.national("R" + n, n);
  }

  /** A row whose family name opens a quoted field that never closes: one '"' on the line. */
  private static String unbalanced(int n) {
    return row(n).csv().replaceFirst("山田", "\"山田");
  }

  /** A row whose address holds a line break, so its record spans two lines. */
  private static RegistryRows twoLines(int n) {
    return row(n).set("address", "みらい市中央1丁目\n2番3号");
  }

  private Path file(String separator, String... lines) throws IOException {
    return bytes(String.join(separator, lines).concat(separator).getBytes(UTF_8));
  }

  private Path bytes(byte[] content) throws IOException {
    Path p = Files.createTempFile(dir, "registry", ".csv");
    Files.write(p, content);
    return p;
  }

  private static List<SourceRow> readAll(Path p, Charset cs, ImportCheckpoint cp, ImportRange range)
      throws IOException {
    List<SourceRow> rows = new ArrayList<>();
    try (RegistryFile f = RegistryFile.open(p, cs, cp, range)) {
      for (SourceRow r = f.next(); r != null; r = f.next()) {
        rows.add(r);
      }
    }
    return rows;
  }

  private static List<SourceRow> readAll(Path p) throws IOException {
    return readAll(p, UTF_8, null, null);
  }

  /** A row as comparable text: line number, then its values or why it is unreadable. */
  private static String shown(SourceRow r) {
    return r.line()
        + ":"
        + (r.values() == null
            ? "unreadable " + r.unreadable()
            : String.join("|", Arrays.asList(r.values())));
  }

  private static List<String> shown(List<SourceRow> rows) {
    return rows.stream().map(RegistryFileTest::shown).toList();
  }

  private static void assertReadable(RegistryRows expected, long line, SourceRow actual) {
    assertNull(actual.unreadable(), actual.unreadable());
    assertEquals(line, actual.line());
    assertArrayEquals(expected.values(), actual.values());
  }

  private static void assertUnreadable(long line, String reasonPart, SourceRow actual) {
    assertNotNull(actual.unreadable(), "line " + actual.line() + " should be unreadable");
    assertEquals(line, actual.line());
    assertTrue(actual.unreadable().contains(reasonPart), actual.unreadable());
  }

  @Test
  void readsAnLfFileRowByRowWithLineNumbersCountingTheHeader() throws IOException {
    List<SourceRow> rows = readAll(file("\n", RegistryRows.header(), row(1).csv(), row(2).csv()));
    assertEquals(2, rows.size());
    assertReadable(row(1), 2, rows.get(0));
    assertReadable(row(2), 3, rows.get(1));
  }

  @Test
  void readsACrlfFileWithoutCarriageReturnsInTheValues() throws IOException {
    List<SourceRow> rows = readAll(file("\r\n", RegistryRows.header(), row(1).csv(), row(2).csv()));
    assertEquals(2, rows.size());
    assertReadable(row(1), 2, rows.get(0));
    assertReadable(row(2), 3, rows.get(1));
  }

  @Test
  void readsALastLineWithoutALineBreak() throws IOException {
    byte[] content = (RegistryRows.header() + "\r\n" + row(1).csv()).getBytes(UTF_8);
    List<SourceRow> rows = readAll(bytes(content));
    assertEquals(1, rows.size());
    assertReadable(row(1), 2, rows.get(0));
  }

  @Test
  void utf8ByteOrderMarkBeforeTheHeaderIsStripped() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes((RegistryRows.header() + "\r\n" + row(1).csv() + "\r\n").getBytes(UTF_8));
    List<SourceRow> rows = readAll(bytes(out.toByteArray()));
    assertEquals(1, rows.size());
    assertReadable(row(1), 2, rows.get(0));
  }

  @Test
  void headerOnlyFileHasNoRows() throws IOException {
    assertEquals(List.of(), readAll(file("\r\n", RegistryRows.header())));
  }

  @Test
  void blankLinesAreSkippedButKeepTheirLineNumbers() throws IOException {
    List<SourceRow> rows =
        readAll(file("\r\n", RegistryRows.header(), "", row(1).csv(), "", "", row(2).csv(), ""));
    assertEquals(2, rows.size());
    assertReadable(row(1), 3, rows.get(0));
    assertReadable(row(2), 6, rows.get(1));
  }

  @Test
  void quotedFieldSpanningTwoLinesIsOneRecordNumberedByItsFirstLine() throws IOException {
    List<SourceRow> rows =
        readAll(file("\n", RegistryRows.header(), row(1).csv(), twoLines(2).csv(), row(3).csv()));
    assertEquals(3, rows.size());
    assertReadable(row(1), 2, rows.get(0));
    assertReadable(twoLines(2), 3, rows.get(1));
    assertReadable(row(3), 5, rows.get(2));
  }

  @Test
  void unbalancedQuoteRejectsOnlyItsLineAndTheFollowingRowsReadNormally() throws IOException {
    List<SourceRow> rows =
        readAll(
            file(
                "\r\n",
                RegistryRows.header(),
                row(1).csv(),
                unbalanced(2),
                row(3).csv(),
                row(4).csv()));
    assertEquals(4, rows.size());
    assertReadable(row(1), 2, rows.get(0));
    assertUnreadable(3, "unbalanced double quote", rows.get(1));
    assertReadable(row(3), 4, rows.get(2));
    assertReadable(row(4), 5, rows.get(3));
  }

  @Test
  void unbalancedQuoteOnTheLastLineRejectsOnlyThatLine() throws IOException {
    List<SourceRow> rows =
        readAll(file("\r\n", RegistryRows.header(), row(1).csv(), row(2).csv(), unbalanced(3)));
    assertEquals(3, rows.size());
    assertReadable(row(1), 2, rows.get(0));
    assertReadable(row(2), 3, rows.get(1));
    assertUnreadable(4, "unbalanced double quote", rows.get(2));
  }

  @Test
  void unbalancedQuoteFollowedByAnotherOddQuoteLineRejectsEachOfThemAlone() throws IOException {
    List<SourceRow> rows =
        readAll(
            file(
                "\r\n",
                RegistryRows.header(),
                row(1).csv(),
                unbalanced(2),
                row(3).csv(),
                unbalanced(4),
                row(5).csv()));
    assertEquals(5, rows.size());
    assertReadable(row(1), 2, rows.get(0));
    assertUnreadable(3, "unbalanced double quote", rows.get(1));
    assertReadable(row(3), 4, rows.get(2));
    assertUnreadable(5, "unbalanced double quote", rows.get(3));
    assertReadable(row(5), 6, rows.get(4));
  }

  @Test
  void unbalancedQuoteBeforeAMultiLineRecordLeavesThatRecordWhole() throws IOException {
    List<SourceRow> rows =
        readAll(
            file(
                "\n",
                RegistryRows.header(),
                unbalanced(1),
                row(2).csv(),
                twoLines(3).csv(),
                row(4).csv()));
    assertEquals(4, rows.size());
    assertUnreadable(2, "unbalanced double quote", rows.get(0));
    assertReadable(row(2), 3, rows.get(1));
    assertReadable(twoLines(3), 4, rows.get(2));
    assertReadable(row(4), 6, rows.get(3));
  }

  @Test
  void unbalancedQuoteFollowedByMoreThanTheRecordLineLimitRejectsOnlyItsLine() throws IOException {
    List<String> lines = new ArrayList<>(List.of(RegistryRows.header(), unbalanced(1)));
    for (int n = 2; n <= RegistryFile.MAX_RECORD_LINES + 5; n++) {
      lines.add(row(n).csv());
    }
    List<SourceRow> rows = readAll(file("\r\n", lines.toArray(String[]::new)));
    assertEquals(RegistryFile.MAX_RECORD_LINES + 5, rows.size());
    assertUnreadable(2, "unbalanced double quote", rows.get(0));
    for (int n = 2; n <= RegistryFile.MAX_RECORD_LINES + 5; n++) {
      assertReadable(row(n), n + 1, rows.get(n - 1));
    }
  }

  @Test
  void rowWithTheWrongNumberOfFieldsIsUnreadableNamingTheCount() throws IOException {
    String short1 = row(2).csv().substring(0, row(2).csv().lastIndexOf(','));
    List<SourceRow> rows =
        readAll(file("\r\n", RegistryRows.header(), row(1).csv(), short1, row(3).csv()));
    assertEquals(3, rows.size());
    assertUnreadable(3, "has 27 fields", rows.get(1));
    assertReadable(row(3), 4, rows.get(2));
  }

  @Test
  void invalidUtf8BytesMakeOnlyTheirRowUnreadable() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((RegistryRows.header() + "\r\n" + row(1).csv() + "\r\n").getBytes(UTF_8));
    byte[] bad = row(2).csv().getBytes(UTF_8);
    bad[3] = (byte) 0xFF;
    out.writeBytes(bad);
    out.writeBytes(("\r\n" + row(3).csv() + "\r\n").getBytes(UTF_8));
    List<SourceRow> rows = readAll(bytes(out.toByteArray()));
    assertEquals(3, rows.size());
    assertReadable(row(1), 2, rows.get(0));
    assertUnreadable(3, "not valid UTF-8", rows.get(1));
    assertReadable(row(3), 4, rows.get(2));
  }

  @Test
  void windows31jFileReadsWithTheWindows31jCharset() throws IOException {
    Charset sjis = Charset.forName("windows-31j");
    // ソ and 表 end in 0x5C; 髙 and ① exist only in Windows-31J, not in plain Shift_JIS
    RegistryRows r =
        row(1).set("family_name", "髙橋").set("given_name", "ソ表①").set("address", "みらい市中央1丁目2番3号～");
    byte[] content = (RegistryRows.header() + "\r\n" + r.csv() + "\r\n").getBytes(sjis);
    List<SourceRow> rows = readAll(bytes(content), sjis, null, null);
    assertEquals(1, rows.size());
    assertReadable(r, 2, rows.get(0));
  }

  @Test
  void lineLongerThanTheLimitIsUnreadableAndTheNextRowIsFine() throws IOException {
    String huge = row(2).set("address", "x".repeat(RegistryFile.MAX_LINE_BYTES)).csv();
    List<SourceRow> rows =
        readAll(file("\r\n", RegistryRows.header(), row(1).csv(), huge, row(3).csv()));
    assertEquals(3, rows.size());
    assertReadable(row(1), 2, rows.get(0));
    assertUnreadable(3, "longer than " + RegistryFile.MAX_LINE_BYTES + " bytes", rows.get(1));
    assertReadable(row(3), 4, rows.get(2));
  }

  @Test
  void unknownColumnInTheHeaderRefusesTheFileNamingIt() throws IOException {
    Path p = file("\r\n", RegistryRows.header() + ",nickname");
    LayoutException e = assertThrows(LayoutException.class, () -> readAll(p));
    assertEquals("nickname", e.column());
  }

  @Test
  void missingColumnInTheHeaderRefusesTheFileNamingIt() throws IOException {
    Path p = file("\r\n", RegistryRows.header().replace(",email,", ","));
    LayoutException e = assertThrows(LayoutException.class, () -> readAll(p));
    assertEquals("email", e.column());
  }

  @Test
  void duplicateColumnInTheHeaderRefusesTheFileNamingIt() throws IOException {
    Path p = file("\r\n", RegistryRows.header() + ",email");
    LayoutException e = assertThrows(LayoutException.class, () -> readAll(p));
    assertEquals("email", e.column());
  }

  @Test
  void emptyFileIsRefused() throws IOException {
    Path p = bytes(new byte[0]);
    assertThrows(LayoutException.class, () -> readAll(p));
  }

  @Test
  void reopeningAtTheCheckpointAfterEachRowYieldsExactlyTheRemainingRows() throws IOException {
    Path p =
        file(
            "\r\n",
            RegistryRows.header(),
            row(1).csv(),
            "",
            twoLines(2).csv(),
            unbalanced(3),
            row(4).csv(),
            twoLines(5).csv(),
            unbalanced(6),
            "",
            row(7).csv());
    List<SourceRow> all = new ArrayList<>();
    List<ImportCheckpoint> checkpoints = new ArrayList<>();
    try (RegistryFile f = RegistryFile.open(p, UTF_8, null)) {
      checkpoints.add(f.checkpoint());
      for (SourceRow r = f.next(); r != null; r = f.next()) {
        all.add(r);
        checkpoints.add(f.checkpoint());
      }
    }
    assertEquals(7, all.size());
    for (int k = 0; k <= all.size(); k++) {
      assertEquals(
          shown(all.subList(k, all.size())),
          shown(readAll(p, UTF_8, checkpoints.get(k), null)),
          "restart after row " + k);
    }
  }

  @Test
  void checkpointOfAFileModifiedAfterwardsIsRefused() throws IOException {
    Path p = file("\r\n", RegistryRows.header(), row(1).csv(), row(2).csv());
    ImportCheckpoint checkpoint;
    try (RegistryFile f = RegistryFile.open(p, UTF_8, null)) {
      f.next();
      checkpoint = f.checkpoint();
    }
    Files.writeString(p, row(3).csv() + "\r\n", UTF_8, StandardOpenOption.APPEND);
    assertThrows(LayoutException.class, () -> RegistryFile.open(p, UTF_8, checkpoint));
  }

  /** The whole file, with a multi-line record and an unbalanced quote at {@code at}. */
  private Path trickyFile(int at) throws IOException {
    List<String> lines = new ArrayList<>(List.of(RegistryRows.header()));
    for (int n = 1; n <= 10; n++) {
      if (n == at) {
        lines.add(twoLines(100 + n).csv());
        lines.add(unbalanced(200 + n));
        lines.add("");
      }
      lines.add(row(n).csv());
    }
    return file("\r\n", lines.toArray(String[]::new));
  }

  private static List<SourceRow> readRanges(Path p, List<ImportRange> ranges) throws IOException {
    List<SourceRow> rows = new ArrayList<>();
    for (ImportRange range : ranges) {
      rows.addAll(readAll(p, UTF_8, null, range));
    }
    return rows;
  }

  @Test
  void splitRangesTogetherReadEveryRecordOnceInOrder() throws IOException {
    int mostRanges = 0;
    for (int at = 1; at <= 10; at++) {
      Path p = trickyFile(at);
      List<String> whole = shown(readAll(p));
      assertEquals(12, whole.size());
      for (int parts = 1; parts <= 15; parts++) {
        List<ImportRange> ranges = RegistryFile.split(p, UTF_8, parts);
        assertTrue(ranges.size() <= parts, ranges.toString());
        mostRanges = Math.max(mostRanges, ranges.size());
        assertEquals(whole, shown(readRanges(p, ranges)), "tricky rows at " + at + ", " + ranges);
      }
    }
    assertTrue(mostRanges >= 4, "the file should split into several ranges: " + mostRanges);
  }

  @Test
  void splitIntoMorePartsThanRecordsStillReadsEveryRecordOnce() throws IOException {
    Path p = file("\n", RegistryRows.header(), twoLines(1).csv(), unbalanced(2), row(3).csv());
    List<String> whole = shown(readAll(p));
    assertEquals(3, whole.size());
    for (int parts : new int[] {4, 10, 100}) {
      List<ImportRange> ranges = RegistryFile.split(p, UTF_8, parts);
      assertEquals(whole, shown(readRanges(p, ranges)), ranges.toString());
    }
  }

  @Test
  void splitRangesStartAtRecordBoundariesWithTheirLineNumbers() throws IOException {
    Path p = trickyFile(5);
    List<ImportRange> ranges = RegistryFile.split(p, UTF_8, 4);
    assertTrue(ranges.size() > 1, ranges.toString());
    assertEquals(ImportRange.TO_END, ranges.get(ranges.size() - 1).endOffset());
    for (int i = 1; i < ranges.size(); i++) {
      assertEquals(ranges.get(i - 1).endOffset(), ranges.get(i).startOffset());
      SourceRow first = readAll(p, UTF_8, null, ranges.get(i)).get(0);
      assertTrue(first.line() >= ranges.get(i).startLine(), ranges.get(i) + " " + shown(first));
    }
  }
}
