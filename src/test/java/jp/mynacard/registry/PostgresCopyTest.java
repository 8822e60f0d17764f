package jp.mynacard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class PostgresCopyTest {
  @Test
  void nullIsAnUnquotedEmptyFieldAndAnEmptyStringIsQuoted() {
    StringBuilder data = new StringBuilder();
    PostgresCopy.appendRecord(data, new Object[] {null, "", "a\"b", LocalDate.of(2026, 12, 6), 3});
    assertEquals(",\"\",\"a\"\"b\",\"2026-12-06\",\"3\"\n", data.toString());
  }

  /** The hand-written form is the one Commons CSV's PostgreSQL printer wrote, on any values. */
  @Test
  void writesWhatCommonsCsvPostgresFormatWrites() throws IOException {
    char[] alphabet = {'a', '1', ',', '"', '"', '\\', '\r', '\n', ' ', 'あ', '\t', 'N', '\u3000'};
    Random random = new Random(20261206L);
    for (int n = 0; n < 5_000; n++) {
      Object[] row = new Object[1 + random.nextInt(6)];
      for (int i = 0; i < row.length; i++) {
        int kind = random.nextInt(5);
        if (kind == 0) {
          row[i] = null;
        } else if (kind == 1) {
          row[i] = LocalDate.ofEpochDay(random.nextInt(40_000));
        } else if (kind == 2) {
          row[i] = random.nextLong();
        } else {
          StringBuilder text = new StringBuilder();
          int length = random.nextInt(12);
          for (int j = 0; j < length; j++) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
          }
          row[i] = text.toString();
        }
      }
      StringBuilder expected = new StringBuilder();
      try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.POSTGRESQL_CSV)) {
        printer.printRecord(row);
      }
      StringBuilder actual = new StringBuilder();
      PostgresCopy.appendRecord(actual, row);
      assertEquals(expected.toString(), actual.toString());
    }
  }
}
