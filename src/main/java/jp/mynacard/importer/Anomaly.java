package jp.mynacard.importer;

/**
 * A fact in an accepted row that disagrees with the rules or the registry: one line of {@code
 * <input>.anomalies.csv}. The row is imported as the extract says, and somebody should look.
 *
 * @param line the physical line on which the record starts
 * @param residentId the row's resident id
 * @param column the column concerned
 * @param recorded the value in the extract
 * @param expected what the rules or the registry give
 * @param note the rule and what was done
 */
public record Anomaly(
    long line, String residentId, String column, String recorded, String expected, String note) {}
