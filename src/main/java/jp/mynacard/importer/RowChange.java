package jp.mynacard.importer;

/**
 * One change an imported row makes to the registry, as its audit line records it and as the changes
 * report of a check lists it (issue 11). Never a personal fact: ids, serials, column names.
 *
 * @param targetType {@code RESIDENT}, {@code CARD} or {@code CERTIFICATE}
 * @param targetId resident id, card id or certificate serial
 * @param detail more, or null
 */
record RowChange(
    long line,
    String residentId,
    String action,
    String targetType,
    String targetId,
    String reason,
    String detail) {

  /** Reason and detail as one text, for the changes report. */
  String why() {
    return detail == null ? reason : reason + "; " + detail;
  }
}
