package jp.mynacard.renewal;

import jp.mynacard.export.EmailInsteadOfPaper;
import jp.mynacard.export.ReturnedLetterHolds;

/**
 * A run's outcome: letters, items by kind, skips by reason, items whose recorded and computed
 * expiry differ (told on the earlier, listed for a clerk), items that expired never told, and the
 * export, with e-mail instead of paper its letters e-mailed instead of printed and the earlier ones
 * it printed because their e-mail failed; after returned letters its letters held back and the
 * earlier ones it printed to a new address; reminders after expiry too late to send (one per item
 * and lead time, counted not mailed); and with paced sending what pacing decided (else null). What
 * the job log's summary line and the API report.
 */
public record RenewalSummary(
    long residents,
    long letters,
    long cardItems,
    long stayItems,
    long userCertItems,
    long signCertItems,
    long skippedDeceased,
    long skippedMovedOut,
    long skippedSuspended,
    long skippedAbolished,
    long skippedHeld,
    long skippedRevoked,
    long skippedChanged,
    long skippedRenewed,
    long datesDiffer,
    long expiredNeverNotified,
    String exportFile,
    int excludedLetters,
    EmailInsteadOfPaper emailInsteadOfPaper,
    ReturnedLetterHolds returnedLetters,
    long remindersTooLate,
    PacedNight paced) {

  public String line() {
    return String.format(
        "letters=%d items: card=%d stay=%d userCert=%d signCert=%d"
            + " skipped: deceased=%d movedOut=%d suspended=%d abolished=%d held=%d revoked=%d"
            + " changed=%d renewed=%d datesDiffer=%d expiredNeverNotified=%d remindersTooLate=%d"
            + " excludedFromExport=%d%s export=%s%s",
        letters,
        cardItems,
        stayItems,
        userCertItems,
        signCertItems,
        skippedDeceased,
        skippedMovedOut,
        skippedSuspended,
        skippedAbolished,
        skippedHeld,
        skippedRevoked,
        skippedChanged,
        skippedRenewed,
        datesDiffer,
        expiredNeverNotified,
        remindersTooLate,
        excludedLetters,
        paper() + holds(),
        exportFile == null ? "(none)" : exportFile,
        paced == null ? "" : " " + paced.line());
  }

  /**
   * Only where a letter was held back after a returned letter, or printed late, as in the manifest.
   */
  private String holds() {
    return returnedLetters.shown()
        ? String.format(
            " withheldAfterReturn=%d printedAfterAddressChange=%d",
            returnedLetters.withheldAfterReturn(), returnedLetters.printedAfterAddressChange())
        : "";
  }

  /** Only where the setting applied or an earlier letter was printed, as in the manifest. */
  private String paper() {
    return emailInsteadOfPaper.shown()
        ? String.format(
            " emailedInsteadOfPrinted=%d printedAfterEmailFailed=%d",
            emailInsteadOfPaper.emailed(), emailInsteadOfPaper.printedAfterEmailFailed())
        : "";
  }
}
