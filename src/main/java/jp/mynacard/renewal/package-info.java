/**
 * The {@code renewal-notices} job (DESIGN.md §3.2): finds the cards and certificates whose expiry
 * enters a lead window and writes one letter per resident and run, with one notice per item, expiry
 * and lead time.
 *
 * <p>Steps and failure semantics: {@code prepareRun} validates the parameters, records the run (so
 * a restart keeps its as-of date) and chooses the due items set-based into {@code
 * renewal_candidate}; {@code selectCandidates}, partitioned by resident-id range, reads them page
 * by page (keyset, checkpoint = last resident id) with the residents' current state, and {@link
 * jp.mynacard.renewal.NoticePlanner} decides letters, notices and skips; {@code writeExport} writes
 * the vendor files from the letters (with e-mail instead of paper, {@link
 * jp.mynacard.renewal.LetterPrinting} first decides once which it leaves out and which earlier
 * letters whose e-mail failed it prints); {@code finishRun} prints the summary and sets the exit
 * status. The notice table's primary key (item, expiry, lead time) makes a second notice
 * impossible, whatever crashes and restarts happen.
 */
package jp.mynacard.renewal;
