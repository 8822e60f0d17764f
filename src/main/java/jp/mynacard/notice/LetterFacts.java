package jp.mynacard.notice;

import java.time.LocalDate;
import java.util.stream.Stream;
import jp.mynacard.validity.StayCase;

/**
 * What one letter is about, as the letter table records it: an expiry date per item kind (null when
 * the letter does not cover that item; a STAY letter has the card's date as the stay date and no
 * card date), for a STAY letter where the period of stay stands, and the night the letter was
 * written: an item expiring before it has expired (a reminder after expiry, DESIGN.md §3.2), the
 * others are still ahead.
 *
 * @param stayCase null unless {@code stayExpiresOn} is set
 * @param stayNowEndsOn the renewed stay's end for {@link StayCase#RENEWED}, else null
 * @param asOf the run's as-of date the letter was written for; null only where no item can have
 *     expired (a letter written before its items' expiry)
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
    LocalDate stayNowEndsOn,
    LocalDate asOf) {

  /** A letter without a STAY item, written before its items expire. */
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
        null,
        null);
  }

  public LetterFacts {
    if (stayExpiresOn != null && stayCase == null) {
      throw new IllegalArgumentException("letter " + letterId + ": a STAY item needs its case");
    }
  }

  /**
   * Whether an item of the letter expiring on {@code expiresOn} had expired when it was written.
   */
  public boolean expired(LocalDate expiresOn) {
    return expiresOn != null && asOf != null && expiresOn.isBefore(asOf);
  }

  /** Whether every item of the letter had expired: a reminder after expiry only. */
  public boolean onlyExpired() {
    return items().allMatch(this::expired);
  }

  /** Whether some item of the letter had expired. */
  public boolean someExpired() {
    return items().anyMatch(this::expired);
  }

  private Stream<LocalDate> items() {
    return Stream.of(cardExpiresOn, stayExpiresOn, userCertExpiresOn, signCertExpiresOn)
        .filter(d -> d != null);
  }
}
