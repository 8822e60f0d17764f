package jp.mynacard.forecast;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The forecast as CSV for counter managers: RFC 4180, CRLF, UTF-8, a header row named as the API
 * names the fields, one row per ISO week: {@code week, start, end, card, stay, userCert, signCert,
 * letters, visits}.
 */
public final class ForecastCsv {
  public static final String[] HEADER = {
    "week", "start", "end", "card", "stay", "userCert", "signCert", "letters", "visits"
  };

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

  private ForecastCsv() {}

  public static void write(ForecastTable table, Writer out) throws IOException {
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (ForecastWeek w : table.weeks()) {
        csv.printRecord(
            w.week(),
            w.start(),
            w.end(),
            w.card(),
            w.stay(),
            w.userCert(),
            w.signCert(),
            w.letters(),
            w.visits());
      }
    }
  }
}
