/**
 * Card status and the changes the call center and the counter make to it (DESIGN.md §2, §3.4):
 * suspension after a loss report, its cancellation, abolition, PIN locks and resets, and the
 * certificate revocation list that tells relying parties which certificates to refuse. {@link
 * jp.mynacard.card.CardTransitions} holds the rules and needs no container; the rest applies them
 * to the registry with an audit line for each change.
 */
package jp.mynacard.card;
