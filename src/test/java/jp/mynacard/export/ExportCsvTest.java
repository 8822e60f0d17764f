package jp.mynacard.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCsvTest {
  private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  /** 𠮷 (tsuchi-yoshi), outside JIS X 0208: Windows-31J cannot write it. */
  private static final String TSUCHI_YOSHI = new String(Character.toChars(0x20BB7));

  @TempDir Path dir;

  private Path csv() {
    return dir.resolve("notices.csv");
  }

  private static LetterRow letter(String letterId, String address, String addressee) {
    return new LetterRow(
        letterId,
        "ja",
        "100-0001",
        address,
        addressee,
        of(2026, 6, 15),
        null,
        null,
        null,
        of(2026, 6, 15),
        of(2026, 3, 15),
        null,
        null,
        of(2026, 4, 1));
  }

  private static LetterRow letter(String letterId) {
    return letter(letterId, "東京都千代田区千代田1-1", "山田 太郎");
  }

  private ExportCsv write(Charset charset, LetterRow... letters) throws IOException {
    try (ExportCsv out = new ExportCsv(Files.newOutputStream(csv()), charset)) {
      for (LetterRow l : letters) {
        out.write(l);
      }
      return out;
    }
  }

  private List<List<String>> readBack(Charset charset) throws IOException {
    try (Reader in = Files.newBufferedReader(csv(), charset);
        CSVParser parser =
            CSVParser.parse(
                in,
                CSVFormat.RFC4180
                    .builder()
                    .setHeader(ExportLayout.HEADER)
                    .setSkipHeaderRecord(true)
                    .get())) {
      return parser.getRecords().stream().map(CSVRecord::toList).toList();
    }
  }

  @Test
  void headerAndRowsEndWithCrlf() throws IOException {
    write(UTF_8, letter("L1", "千代田1-1", "山田 太郎"));

    assertEquals(
        String.join(",", ExportLayout.HEADER)
            + "\r\n"
            + "L1,ja,100-0001,千代田1-1,山田 太郎,2026-06-15,,,,2026-03-15,令和8年6月15日,BEFORE_EXPIRY\r\n",
        Files.readString(csv(), UTF_8));
  }

  @Test
  void valueWithACommaIsQuoted() throws IOException {
    write(UTF_8, letter("L1", "千代田1-1, 201号", "山田 太郎"));

    assertTrue(
        Files.readString(csv(), UTF_8).contains(",\"千代田1-1, 201号\","),
        Files.readString(csv(), UTF_8));
    assertEquals("千代田1-1, 201号", readBack(UTF_8).get(0).get(3));
  }

  @Test
  void rowsCountsTheLettersWritten() throws IOException {
    ExportCsv out = write(UTF_8, letter("L1"), letter("L2"), letter("L3"));

    assertEquals(3, out.rows());
    assertEquals(3, readBack(UTF_8).size());
  }

  @Test
  void windows31jExportReadsBackToTheSameValues() throws IOException {
    LetterRow kanjiAndKana = letter("L1", "東京都千代田区千代田１－１　コーポ山田２０１", "やまだ タロウ");

    write(WINDOWS_31J, kanjiAndKana);

    List<List<String>> rows = readBack(WINDOWS_31J);
    assertEquals(List.of(Arrays.asList(ExportLayout.values(kanjiAndKana))), rows);
    assertEquals("令和8年6月15日", rows.get(0).get(10));
  }

  @Test
  void letterWithACharacterWindows31jLacksIsLeftOutAndReported() throws IOException {
    ExportCsv out =
        write(
            WINDOWS_31J,
            letter("L1"),
            letter("L2", "東京都千代田区", TSUCHI_YOSHI + "田 太郎"),
            letter("L3"));

    assertEquals(List.of(new Unencodable("L2", "addressee", "U+20BB7")), out.unencodable());
    assertEquals(2, out.rows());
    assertEquals(List.of("L1", "L3"), readBack(WINDOWS_31J).stream().map(r -> r.get(0)).toList());
  }

  @Test
  void characterOutsideWindows31jIsWrittenInUtf8() throws IOException {
    ExportCsv out = write(UTF_8, letter("L1", "東京都千代田区", TSUCHI_YOSHI + "田 太郎"));

    assertEquals(List.of(), out.unencodable());
    assertEquals(1, out.rows());
    assertEquals(TSUCHI_YOSHI + "田 太郎", readBack(UTF_8).get(0).get(4));
    assertFalse(Files.readString(csv(), UTF_8).contains("?"));
  }
}
