package jp.mynacard.export;

/**
 * What a run's print export leaves out and adds because letters came back undelivered (issue 14):
 * its own letters held back, since the resident's last returned letter went to the address the
 * registry still holds, and letters of earlier runs held so that it prints now, to the registry's
 * new address.
 */
public record ReturnedLetterHolds(long withheldAfterReturn, long printedAfterAddressChange) {
  /** A run that held no letter back and printed none held before. */
  public static final ReturnedLetterHolds NONE = new ReturnedLetterHolds(0, 0);

  /**
   * Whether the manifest and the summary name these counts: only when a letter was held back or
   * printed late, so that they stay as they were for the systems that read them.
   */
  public boolean shown() {
    return withheldAfterReturn > 0 || printedAfterAddressChange > 0;
  }
}
