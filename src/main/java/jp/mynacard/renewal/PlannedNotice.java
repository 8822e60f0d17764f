package jp.mynacard.renewal;

/** A notice to record: the item, its expiry and lead time, and what kind of item it is. */
public record PlannedNotice(DueItem item, ItemKind kind) {}
