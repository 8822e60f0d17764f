/**
 * The validity rules of the Individual Number Card and its two JPKI certificates, as pure Java.
 *
 * <p>Everything here follows DESIGN.md §2 and the guidance in {@code shared/seeds}: card expiry on
 * the 10th or 5th birthday after issue (age threshold 20, or 18 for applications received from
 * 2022-04-01), the end of a foreign resident's period of stay, certificate expiry on the 5th (or,
 * after an early renewal, 6th) birthday capped by the card, the three-month renewal window and the
 * Individual Number's check digit. No class here knows a container, a database or a clock: callers
 * pass every date in, so each rule is unit-tested at its boundaries.
 */
package jp.mynacard.validity;
