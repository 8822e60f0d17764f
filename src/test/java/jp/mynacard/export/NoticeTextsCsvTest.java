package jp.mynacard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.mynacard.notice.LetterFacts;
import jp.mynacard.notice.LetterRenderer;
import jp.mynacard.notice.NoticeSettingsFixture;
import jp.mynacard.notice.RenderedLetter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeTextsCsvTest {
  @TempDir Path dir;

  @Test
  void aLettersTextReadsBackAsRenderedWithCrlfLinesAndNoStrayCarriageReturn() throws Exception {
    LetterRenderer renderer = new LetterRenderer(NoticeSettingsFixture.defaults());
    RenderedLetter letter =
        renderer.renderPrintable(
            new LetterFacts("L1", "vi", "Nguyen Van \"A\"", LocalDate.of(2026, 6, 30), null, null));
    Path file = dir.resolve("notice-texts.csv");
    try (NoticeTextsCsv out = new NoticeTextsCsv(Files.newOutputStream(file))) {
      out.write("L1", letter);
    }

    byte[] bytes = Files.readAllBytes(file);
    String raw = new String(bytes, StandardCharsets.UTF_8);
    assertFalse(raw.contains("\r\r"), "no CR doubled");
    assertFalse(raw.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<CSVRecord> records =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(in)
              .getRecords();
      assertEquals(1, records.size());
      assertEquals("L1", records.get(0).get("letter_id"));
      assertEquals("vi", records.get(0).get("content_language"));
      assertEquals(letter.text(), records.get(0).get("text"));
      assertTrue(letter.text().contains("\r\n"));
    }
  }
}
