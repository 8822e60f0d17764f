package jp.mynacard.registry;

/** Card states of DESIGN.md §2; {@code ABOLISHED} is final. */
public enum CardStatus {
  ACTIVE,
  SUSPENDED,
  ABOLISHED
}
