package jp.mynacard.returned;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports a clerk opens in a spreadsheet, byte for byte. */
class ReportCsvTest {
  @TempDir Path dir;

  private String written(Charset charset, Object... cells) throws Exception {
    Path target = dir.resolve("list.csv");
    try (ReportCsv out = ReportCsv.create(target, charset, "a", "b", "c")) {
      out.print(cells);
      out.publish(target);
    }
    return new String(Files.readAllBytes(target), charset);
  }

  @Test
  void aCellThatASpreadsheetWouldTakeForAFormulaIsWrittenAsText() throws Exception {
    String csv = written(UTF_8, "=HYPERLINK(\"http://x\",\"y\")", "+81", "@SUM(A1)");

    assertEquals("a,b,c\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+81,'@SUM(A1)\r\n", csv);
  }

  @Test
  void anIndividualNumberIsNeverWritten() throws Exception {
    String csv = written(UTF_8, "みらい市 123456789018", 7L, "x");

    assertFalse(csv.contains("123456789018"), csv);
  }

  @Test
  void aCharacterWindows31jLacksIsWrittenAsItsCodePoint() throws Exception {
    String csv = written(Charset.forName("windows-31j"), "\uD842\uDFB7野町1-2", "ok", "x");

    assertEquals("a,b,c\r\n[U+20BB7]野町1-2,ok,x\r\n", csv);
  }

  @Test
  void theFileIsTheOwnersAloneAndNoPartialIsLeft() throws Exception {
    written(UTF_8, "x", "y", "z");

    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("list.csv"))));
    assertFalse(Files.exists(dir.resolve("list.csv.partial")));
  }
}
