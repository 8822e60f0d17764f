package jp.mynacard.export;

import java.time.LocalDate;
import jp.mynacard.notice.JapaneseDates;

/**
 * The CSV layout the vendor reads (DESIGN.md §3.3): one row per envelope. An item column is empty
 * when the letter does not cover that item; {@code expires_on_wareki} is the earliest expiry in
 * Japanese era form. Never the Individual Number.
 *
 * <p>Version 2 adds the file {@code notice-texts-<asOf>-<run>.csv} beside the notices CSV (whose
 * columns are unchanged): each letter's printable text ({@link NoticeTextsCsv}). Version 1 had the
 * notices CSV alone.
 *
 * <p>Version 3 (issue 11): no cell of the vendor's CSVs can be read as a formula by a spreadsheet.
 * A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * written with an apostrophe ({@code '}) in front ({@link #neutralised}), the rule spreadsheet
 * programs themselves use to mark text; a vendor that prints the cell strips one leading
 * apostrophe. Every other cell is written as it is, and the columns are unchanged.
 *
 * <p>Version 4 (issue 14, reminders after expiry): a last column {@code notice_type}, {@link
 * NoticeType}: {@code BEFORE_EXPIRY} (every item still ahead, as all letters before), {@code
 * AFTER_EXPIRY} (a reminder: every item had expired when the letter was written) or {@code
 * BEFORE_AND_AFTER_EXPIRY}. An item column before the manifest's {@code asOf} is an expired item;
 * {@code renewal_opens_on} is that of the earliest item still ahead (empty when none is: an expired
 * card or certificate can be renewed at once), {@code expires_on_wareki} still the earliest expiry.
 * The earlier columns keep their names, order and meaning.
 */
public final class ExportLayout {
  public static final String VERSION = "4";
  public static final String[] HEADER = {
    "letter_id",
    "language",
    "postal_code",
    "address",
    "addressee",
    "card_expires_on",
    "user_cert_expires_on",
    "sign_cert_expires_on",
    "stay_expires_on",
    "renewal_opens_on",
    "expires_on_wareki",
    "notice_type"
  };

  private ExportLayout() {}

  public static String[] values(LetterRow l) {
    return new String[] {
      l.letterId(),
      l.language(),
      neutralised(l.postalCode()),
      neutralised(l.address()),
      neutralised(l.addressee()),
      iso(l.cardExpiresOn()),
      iso(l.userCertExpiresOn()),
      iso(l.signCertExpiresOn()),
      iso(l.stayExpiresOn()),
      iso(l.renewalOpensOn()),
      JapaneseDates.wareki(l.earliestExpiresOn()),
      NoticeType.of(l).name()
    };
  }

  /** The cell as a spreadsheet cannot take it for a formula (see the class comment). */
  public static String neutralised(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }

  private static String iso(LocalDate d) {
    return d == null ? "" : d.toString();
  }
}
