package jp.mynacard.returned;

import java.time.LocalDate;

/**
 * What the registry knows of the letter a row names, for judging the row.
 *
 * @param residentId the letter's resident
 * @param postalCode the postal code the letter went to
 * @param address the address the letter went to
 * @param notPrinted why the letter never went out on paper, or null when it did
 * @param printedOn the as-of date of the run that printed it (its own run's, or the later run's
 *     that printed it after an e-mail failed or an address changed)
 * @param recorded the return already recorded for the letter, or null
 * @param inThisList the line of this same list that already named the letter (in this job), or null
 */
public record LetterFacts(
    String residentId,
    String postalCode,
    String address,
    String notPrinted,
    LocalDate printedOn,
    Recorded recorded,
    InThisList inThisList) {

  /** A return recorded earlier, by any list. */
  public record Recorded(LocalDate returnedOn, ReturnReason reason) {}

  /** A row of this list that named the letter and was accepted. */
  public record InThisList(long line, boolean alreadyRecorded) {}
}
