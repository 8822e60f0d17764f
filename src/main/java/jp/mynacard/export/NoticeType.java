package jp.mynacard.export;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The export's {@code notice_type} (layout version 4): whether a letter tells items ahead of their
 * expiry, reminds of items that had expired when it was written (a negative lead time), or both (a
 * resident's card expiring in three months and a certificate that expired a month ago). Which items
 * expired the vendor reads from the item columns: a date before the manifest's {@code asOf}.
 */
public enum NoticeType {
  BEFORE_EXPIRY,
  AFTER_EXPIRY,
  BEFORE_AND_AFTER_EXPIRY;

  public static NoticeType of(LetterRow l) {
    long items = items(l).count();
    long expired = items(l).filter(d -> d.isBefore(l.asOf())).count();
    if (expired == 0) {
      return BEFORE_EXPIRY;
    }
    return expired == items ? AFTER_EXPIRY : BEFORE_AND_AFTER_EXPIRY;
  }

  private static Stream<LocalDate> items(LetterRow l) {
    return Stream.of(
            l.cardExpiresOn(), l.userCertExpiresOn(), l.signCertExpiresOn(), l.stayExpiresOn())
        .filter(Objects::nonNull);
  }
}
