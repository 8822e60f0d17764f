package jp.mynacard.returned;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a returned-letters list as the post office or a vendor might send it: a byte order mark,
 * Windows-31J, blank and empty lines, a wrong header, a line of ten megabytes, broken quotes.
 */
class ReturnsFileTest {
  private static final Charset SJIS = Charset.forName("windows-31j");

  @TempDir Path dir;

  private Path file(Charset charset, String text) throws Exception {
    Path p = dir.resolve("returns.csv");
    Files.write(p, text.getBytes(charset));
    return p;
  }

  private static List<ReturnLine> rows(Path p, Charset charset) throws Exception {
    List<ReturnLine> rows = new ArrayList<>();
    try (ReturnsFile f = ReturnsFile.open(p, charset)) {
      for (ReturnLine l = f.next(); l != null; l = f.next()) {
        rows.add(l);
      }
    }
    return rows;
  }

  private static String[] values(String letterId, String returnedOn, String reason) {
    return new String[] {letterId, returnedOn, reason};
  }

  @Test
  void columnsInAnyOrderAreArrangedByName() throws Exception {
    Path p = file(UTF_8, "reason,letter_id,returned_on\r\nMOVED,L20260401-1-A,2026-04-10\r\n");

    ReturnLine row = rows(p, UTF_8).get(0);

    assertEquals(2, row.line());
    assertArrayEquals(values("L20260401-1-A", "2026-04-10", "MOVED"), row.values());
  }

  @Test
  void aUtf8ByteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
    Path p = file(UTF_8, "\uFEFFletter_id,returned_on,reason\nL20260401-1-A,2026-04-10,MOVED\n");

    assertEquals(1, rows(p, UTF_8).size());
  }

  @Test
  void aByteOrderMarkInAFileDeclaredWindows31jSaysWhichEncodingToUse() throws Exception {
    Path p = file(UTF_8, "\uFEFFletter_id,returned_on,reason\n");

    HeaderRefused e = assertThrows(HeaderRefused.class, () -> rows(p, SJIS));
    assertTrue(e.getMessage().contains("encoding=UTF-8"), e.getMessage());
  }

  @Test
  void aWindows31jListIsReadInItsEncoding() throws Exception {
    Path p =
        file(
            SJIS,
            "letter_id,returned_on,reason\r\nL20260401-1-A,2026-04-10,\"OTHER\"\r\n"
                + "L20260401-1-B,2026-04-10,転居先不明\r\n");

    List<ReturnLine> rows = rows(p, SJIS);

    assertEquals("OTHER", rows.get(0).get(ReturnColumn.REASON));
    assertEquals("転居先不明", rows.get(1).get(ReturnColumn.REASON), "decoded, then judged");
  }

  @Test
  void aWindows31jListReadAsUtf8IsRejectedLineByLineWithAHint() throws Exception {
    Path p = file(SJIS, "letter_id,returned_on,reason\r\nL20260401-1-B,2026-04-10,転居先不明\r\n");

    ReturnLine row = rows(p, UTF_8).get(0);

    assertNull(row.values());
    assertTrue(row.unreadable().contains("encoding=windows-31j"), row.unreadable());
  }

  @Test
  void blankLinesAndRowsOfEmptyFieldsAreSkippedAndLinesKeepTheirNumbers() throws Exception {
    Path p =
        file(
            UTF_8,
            "\r\nletter_id,returned_on,reason\r\n\r\nL20260401-1-A,2026-04-10,MOVED\r\n"
                + " ,,\r\n,,\r\n   \r\nL20260401-1-B,2026-04-11,MOVED\r\n\r\n");

    List<ReturnLine> rows = rows(p, UTF_8);

    assertEquals(2, rows.size());
    assertEquals(4, rows.get(0).line());
    assertEquals(8, rows.get(1).line());
  }

  @Test
  void aLineOfTenMegabytesIsRejectedUnreadAndTheNextLineIsRead() throws Exception {
    Path p = dir.resolve("hostile.csv");
    try (OutputStream out = Files.newOutputStream(p)) {
      out.write("letter_id,returned_on,reason\nL20260401-1-A,2026-04-10,\"".getBytes(UTF_8));
      byte[] block = "=HYPERLINK(\"x\")".repeat(64).getBytes(UTF_8);
      for (int written = 0; written < 10 << 20; written += block.length) {
        out.write(block);
      }
      out.write("\"\nL20260401-1-B,2026-04-11,MOVED\n".getBytes(UTF_8));
    }

    List<ReturnLine> rows = rows(p, UTF_8);

    assertEquals(2, rows.size());
    assertEquals("line longer than 4096 bytes: no row of this list is", rows.get(0).unreadable());
    assertEquals("L20260401-1-B", rows.get(1).get(ReturnColumn.LETTER_ID));
    assertEquals(3, rows.get(1).line());
  }

  @Test
  void anUnbalancedQuoteCostsItsLineOnly() throws Exception {
    Path p =
        file(
            UTF_8,
            "letter_id,returned_on,reason\n\"L20260401-1-A,2026-04-10,MOVED\n"
                + "L20260401-1-B,2026-04-11,MOVED\n");

    List<ReturnLine> rows = rows(p, UTF_8);

    assertTrue(rows.get(0).unreadable().startsWith("unbalanced double quote"));
    assertEquals("L20260401-1-B", rows.get(1).get(ReturnColumn.LETTER_ID));
  }

  @Test
  void aRowWithTooManyOrTooFewFieldsIsUnreadable() throws Exception {
    Path p =
        file(
            UTF_8,
            "letter_id,returned_on,reason\nL20260401-1-A,2026-04-10,MOVED,extra\n"
                + "L20260401-1-B,2026-04-10\n");

    List<ReturnLine> rows = rows(p, UTF_8);

    assertEquals("has 4 fields; the header has 3", rows.get(0).unreadable());
    assertEquals("has 2 fields; the header has 3", rows.get(1).unreadable());
  }

  @Test
  void quotedFieldsFollowRfc4180() throws Exception {
    Path p =
        file(
            UTF_8,
            "letter_id,returned_on,reason\n\"L20260401-1-A\",\"2026-04-10\",\"MO\"\"VED\"\n");

    assertEquals("MO\"VED", rows(p, UTF_8).get(0).get(ReturnColumn.REASON));
  }

  @Test
  void anUnknownColumnRefusesTheFile() throws Exception {
    Path p = file(UTF_8, "letter_id,returned_on,reason,note\n");

    HeaderRefused e = assertThrows(HeaderRefused.class, () -> rows(p, UTF_8));
    assertEquals("note", e.column());
    assertTrue(e.getMessage().startsWith("unknown column(s) in the header: note"), e.getMessage());
  }

  @Test
  void aMissingColumnRefusesTheFile() throws Exception {
    Path p = file(UTF_8, "letter_id , returned_on\n");

    HeaderRefused e = assertThrows(HeaderRefused.class, () -> rows(p, UTF_8));
    assertEquals("missing column(s) in the header: reason", e.getMessage());
  }

  @Test
  void aRepeatedColumnRefusesTheFile() throws Exception {
    Path p = file(UTF_8, "letter_id,returned_on,reason,reason\n");

    assertThrows(HeaderRefused.class, () -> rows(p, UTF_8));
  }

  @Test
  void aListWithoutItsHeaderRowIsRefusedWithoutRepeatingItsValues() throws Exception {
    Path p = file(UTF_8, "L20260401-1-A,123456789018,MOVED\n");

    HeaderRefused e = assertThrows(HeaderRefused.class, () -> rows(p, UTF_8));
    assertTrue(e.getMessage().contains("column 1 (not a column name)"), e.getMessage());
    assertFalse(e.getMessage().contains("123456789018"), e.getMessage());
    assertFalse(e.getMessage().contains("L20260401"), e.getMessage());
  }

  @Test
  void anEmptyFileIsRefused() throws Exception {
    Path p = file(UTF_8, "\r\n\r\n");

    HeaderRefused e = assertThrows(HeaderRefused.class, () -> rows(p, UTF_8));
    assertTrue(e.getMessage().startsWith("the file is empty"), e.getMessage());
  }

  @Test
  void aHugeFirstLineIsRefusedAsNoHeader() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("x".repeat(1 << 20).getBytes(UTF_8));
    Path p = dir.resolve("huge.csv");
    Files.write(p, bytes.toByteArray());

    assertThrows(HeaderRefused.class, () -> rows(p, UTF_8));
  }
}
