package jp.mynacard.renewal;

/**
 * A run's outcome: letters, items by kind, skips by reason, items whose recorded and computed
 * expiry differ (told on the earlier, listed for a clerk), items that expired never told, and the
 * export. What the job log's summary line and the API report.
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
    int excludedLetters) {

  public String line() {
    return String.format(
        "letters=%d items: card=%d stay=%d userCert=%d signCert=%d"
            + " skipped: deceased=%d movedOut=%d suspended=%d abolished=%d held=%d revoked=%d"
            + " changed=%d renewed=%d datesDiffer=%d expiredNeverNotified=%d excludedFromExport=%d"
            + " export=%s",
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
        excludedLetters,
        exportFile == null ? "(none)" : exportFile);
  }
}
