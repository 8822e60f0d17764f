package jp.mynacard.export;

/**
 * What a run's print export leaves out and adds because of e-mail instead of paper ({@code
 * mynacard.mail.replaces-letter}): its own letters e-mailed instead of printed ({@code null} when
 * the setting did not apply to the run), and letters of earlier runs it prints because their e-mail
 * did not arrive.
 */
public record EmailInsteadOfPaper(Long emailedInsteadOfPrinted, long printedAfterEmailFailed) {
  /** A run that neither left letters out for e-mail nor printed an earlier one. */
  public static final EmailInsteadOfPaper NONE = new EmailInsteadOfPaper(null, 0);

  /**
   * Whether the manifest and the summary name these counts: when the setting applied or a letter
   * was printed after its e-mail failed. Otherwise they stay as they were before the setting
   * existed, for the systems that read them.
   */
  public boolean shown() {
    return emailedInsteadOfPrinted != null || printedAfterEmailFailed > 0;
  }

  boolean leavesOut() {
    return emailedInsteadOfPrinted != null && emailedInsteadOfPrinted > 0;
  }

  boolean printsEarlierLetters() {
    return printedAfterEmailFailed > 0;
  }

  /** The letters left out for e-mail, 0 when the setting did not apply. */
  public long emailed() {
    return emailedInsteadOfPrinted == null ? 0 : emailedInsteadOfPrinted;
  }
}
