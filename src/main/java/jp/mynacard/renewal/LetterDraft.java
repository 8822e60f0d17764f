package jp.mynacard.renewal;

import java.time.LocalDate;
import jp.mynacard.validity.StayCase;

/**
 * A letter as it will be stored and exported: addressee and address as the registry holds them when
 * the letter is written, and the expiry of each item it covers (null when not covered).
 *
 * @param stayCase for a letter with a STAY item, where the period of stay stands; else null
 * @param stayNowEndsOn the registry's renewed stay end for {@link StayCase#RENEWED}, else null
 */
public record LetterDraft(
    String letterId,
    String residentId,
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
    LocalDate stayNowEndsOn) {}
