package jp.mynacard.renewal;

/**
 * A notice to record: the item, its told expiry and lead time, what kind of item it is, and the
 * recorded and computed dates the told one was chosen from.
 */
public record PlannedNotice(DueItem item, ItemKind kind, ExpiryDates dates) {}
