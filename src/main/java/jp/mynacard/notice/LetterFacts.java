package jp.mynacard.notice;

import java.time.LocalDate;

/**
 * What one letter is about, as the letter table records it: an expiry date per item kind (null when
 * the letter does not cover that item; a STAY letter has the stay date and no card date).
 */
public record LetterFacts(
    String letterId,
    String language,
    String addressee,
    LocalDate cardExpiresOn,
    LocalDate stayExpiresOn,
    LocalDate userCertExpiresOn,
    LocalDate signCertExpiresOn) {}
