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
 */
public final class ExportLayout {
  public static final String VERSION = "2";
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
    "expires_on_wareki"
  };

  private ExportLayout() {}

  public static String[] values(LetterRow l) {
    return new String[] {
      l.letterId(),
      l.language(),
      l.postalCode(),
      l.address(),
      l.addressee(),
      iso(l.cardExpiresOn()),
      iso(l.userCertExpiresOn()),
      iso(l.signCertExpiresOn()),
      iso(l.stayExpiresOn()),
      iso(l.renewalOpensOn()),
      JapaneseDates.wareki(l.earliestExpiresOn())
    };
  }

  private static String iso(LocalDate d) {
    return d == null ? "" : d.toString();
  }
}
