package jp.mynacard.renewal;

import java.time.LocalDate;

/**
 * An item whose expiry lies inside a lead window and that has no notice yet for that expiry and
 * lead time (a row of {@code renewal_candidate}).
 */
public record DueItem(ItemType type, String ref, LocalDate expiresOn, int leadMonths) {}
