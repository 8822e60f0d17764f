package jp.mynacard.notice;

import java.time.LocalDate;
import jp.mynacard.validity.StayCase;

/**
 * What one letter is about, as the letter table records it: an expiry date per item kind (null when
 * the letter does not cover that item; a STAY letter has the card's date as the stay date and no
 * card date) and, for a STAY letter, where the period of stay stands.
 *
 * @param stayCase null unless {@code stayExpiresOn} is set
 * @param stayNowEndsOn the renewed stay's end for {@link StayCase#RENEWED}, else null
 */
public record LetterFacts(
    String letterId,
    String language,
    String addressee,
    LocalDate cardExpiresOn,
    LocalDate stayExpiresOn,
    LocalDate userCertExpiresOn,
    LocalDate signCertExpiresOn,
    StayCase stayCase,
    LocalDate stayNowEndsOn) {

  /** A letter without a STAY item. */
  public LetterFacts(
      String letterId,
      String language,
      String addressee,
      LocalDate cardExpiresOn,
      LocalDate userCertExpiresOn,
      LocalDate signCertExpiresOn) {
    this(
        letterId,
        language,
        addressee,
        cardExpiresOn,
        null,
        userCertExpiresOn,
        signCertExpiresOn,
        null,
        null);
  }

  public LetterFacts {
    if (stayExpiresOn != null && stayCase == null) {
      throw new IllegalArgumentException("letter " + letterId + ": a STAY item needs its case");
    }
  }
}
