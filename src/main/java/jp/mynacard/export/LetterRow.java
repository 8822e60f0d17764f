package jp.mynacard.export;

import java.time.LocalDate;

/** The columns of a letter the export reads. */
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
    LocalDate renewalOpensOn) {}
