package jp.mynacard.export;

import java.time.LocalDate;
import jp.mynacard.validity.StayCase;

/**
 * The columns of a letter the export and the printable texts read. {@code asOf} is the night it was
 * written for: an item expiring before it had expired (a reminder after expiry).
 */
public record LetterRow(
    String letterId,
    String language,
    String postalCode,
    String address,
    String addressee,
    LocalDate cardExpiresOn,
    LocalDate userCertExpiresOn,
    LocalDate signCertExpiresOn,
    LocalDate stayExpiresOn,
    LocalDate earliestExpiresOn,
    LocalDate renewalOpensOn,
    StayCase stayCase,
    LocalDate stayNowEndsOn,
    LocalDate asOf) {}
