package jp.mynacard.returned;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import jp.mynacard.importer.Shown;

/**
 * The rules a row of a returned-letters list must meet on its own, before its letter is looked up:
 * every column present; {@code letter_id} of the form the nightly run gives ({@code
 * L<yyyyMMdd>-<run>-<resident id>}); {@code returned_on} a date {@code yyyy-MM-dd} of the calendar
 * and not after today; {@code reason} one of {@link ReturnReason} in any letter case. Blanks around
 * a value do not matter. The first column that breaks a rule is the one reported.
 */
public final class ReturnRowRules {
  static final Pattern LETTER_ID = Pattern.compile("L\\d{8}-\\d{1,19}-[A-Za-z0-9][A-Za-z0-9_-]*");
  static final int MAX_LETTER_ID = 64;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private ReturnRowRules() {}

  /** The row, or why it is rejected. */
  public record Checked(ReturnedRow row, ReturnRejection rejection) {
    public boolean accepted() {
      return row != null;
    }
  }

  public static Checked check(ReturnLine line, LocalDate today) {
    if (line.unreadable() != null) {
      return rejected(line, "", line.unreadable());
    }
    String letterId = line.get(ReturnColumn.LETTER_ID);
    if (letterId.isEmpty()) {
      return rejected(line, ReturnColumn.LETTER_ID.header(), "is required");
    }
    if (!isLetterId(letterId)) {
      return rejected(
          line,
          ReturnColumn.LETTER_ID.header(),
          "is no letter id of ours (L<yyyyMMdd>-<run>-<resident id>): " + Shown.value(letterId));
    }
    String date = line.get(ReturnColumn.RETURNED_ON);
    String reasonText = line.get(ReturnColumn.REASON);
    String returnedOnColumn = ReturnColumn.RETURNED_ON.header();
    if (date.isEmpty()) {
      return rejected(line, returnedOnColumn, "is required");
    }
    if (!ISO_DATE.matcher(date).matches()) {
      return rejected(
          line, returnedOnColumn, "must be a date yyyy-MM-dd, as 2026-05-01: " + Shown.value(date));
    }
    LocalDate returnedOn;
    try {
      returnedOn = LocalDate.parse(date, STRICT_DATE);
    } catch (DateTimeParseException e) {
      return rejected(line, returnedOnColumn, "is no day of the calendar: " + Shown.value(date));
    }
    if (returnedOn.isAfter(today)) {
      return rejected(
          line,
          returnedOnColumn,
          "is after today (" + today + "): a letter cannot come back later");
    }
    if (reasonText.isEmpty()) {
      return rejected(line, ReturnColumn.REASON.header(), "is required");
    }
    return ReturnReason.named(reasonText)
        .map(
            reason -> new Checked(new ReturnedRow(line.line(), letterId, returnedOn, reason), null))
        .orElseGet(
            () ->
                rejected(
                    line,
                    ReturnColumn.REASON.header(),
                    "must be one of " + ReturnReason.names() + ": " + Shown.value(reasonText)));
  }

  static boolean isLetterId(String text) {
    return text.length() <= MAX_LETTER_ID && LETTER_ID.matcher(text).matches();
  }

  private static Checked rejected(ReturnLine line, String column, String reason) {
    String letterId = line.values() == null ? "" : line.get(ReturnColumn.LETTER_ID);
    return new Checked(
        null,
        new ReturnRejection(line.line(), isLetterId(letterId) ? letterId : "", column, reason));
  }
}
