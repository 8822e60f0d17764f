/**
 * Letters returned undelivered (issue 14, part 4): the {@code returned-letters} job reads the
 * vendor's or the post office's list ({@code letter_id, returned_on, reason}), records each letter
 * returned once ({@code returned_letter}), writes bad rows to {@code <input>.rejects.csv} and the
 * residents concerned to {@code <input>.residents.csv} for the resident-record clerks. A resident
 * whose last returned letter went to the address the registry still holds gets no paper letter
 * ({@link jp.mynacard.returned.PaperStop}); the nightly run holds such letters back and prints them
 * once the registry's address changed ({@code jp.mynacard.renewal.ReturnHolds}). Pure rules (row
 * validation, judgement against the letter, the stop) apart from the batch artifacts.
 */
package jp.mynacard.returned;
