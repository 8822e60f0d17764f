package jp.mynacard.renewal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Letter ids: {@code L<asOf>-<run>-<residentId>}. Derived, not drawn, so that a restarted run gives
 * each resident the id the interrupted one would have; the vendor sorts and traces by it.
 */
public final class LetterIds {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private LetterIds() {}

  public static String of(LocalDate asOf, long runId, String residentId) {
    return "L" + DAY.format(asOf) + "-" + runId + "-" + residentId;
  }
}
