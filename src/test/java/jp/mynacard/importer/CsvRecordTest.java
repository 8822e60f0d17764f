package jp.mynacard.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRecordTest {
  @Test
  void plainRecordSplitsAtEveryCommaKeepingEmptyFields() throws Exception {
    assertEquals(List.of("R1", "", "山田 太郎", " x ", ""), CsvRecord.fields("R1,,山田 太郎, x ,"));
    assertEquals(List.of("", ""), CsvRecord.fields(","));
    assertEquals(List.of("only"), CsvRecord.fields("only"));
  }

  @Test
  void quotedFieldsAreLeftToTheParser() throws Exception {
    assertEquals(List.of("a,b", "say \"hi\""), CsvRecord.fields("\"a,b\",\"say \"\"hi\"\"\""));
    assertEquals(List.of("two\nlines", "x"), CsvRecord.fields("\"two\nlines\",x"));
  }

  @Test
  void aLineBreakOutsideQuotesIsNotOneRecord() {
    assertThrows(CsvRecord.MalformedCsvException.class, () -> CsvRecord.fields("a,b\rc,d"));
    assertThrows(CsvRecord.MalformedCsvException.class, () -> CsvRecord.fields("a,b\nc,d"));
  }

  /** The split is a shortcut, not a second dialect: on any text it answers as Commons CSV does. */
  @Test
  void answersAsCommonsCsvOnRandomText() throws Exception {
    char[] alphabet = {'a', 'Z', '1', ',', ',', ' ', '"', '\r', '\n', 'あ', '\t', ';', '\''};
    Random random = new Random(20261206L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String input = text.toString();
      List<String> expected = commonsCsv(input);
      if (expected == null) {
        assertThrows(CsvRecord.MalformedCsvException.class, () -> CsvRecord.fields(input), input);
      } else {
        assertEquals(expected, CsvRecord.fields(input), input);
      }
    }
  }

  /** One record's fields as Commons CSV reads them, or null when it is not exactly one record. */
  private static List<String> commonsCsv(String text) {
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      List<CSVRecord> records = parser.getRecords();
      return records.size() == 1 ? records.get(0).toList() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
