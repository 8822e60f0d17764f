/**
 * The renewal forecast (issue 14): per ISO week, the items that expire by kind, the letters the
 * configured lead times will send and the counter visits those letters bring, computed set-based
 * from the registry with the nightly run's own selection rules ({@link
 * jp.mynacard.renewal.TellableItems}, {@link jp.mynacard.renewal.LeadWindow}). Answered by {@code
 * GET /api/v1/forecast} and written as CSV and chart by the {@code renewal-forecast} job.
 */
package jp.mynacard.forecast;
