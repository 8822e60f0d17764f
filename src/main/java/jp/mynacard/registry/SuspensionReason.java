package jp.mynacard.registry;

/** What a resident reports when a card is suspended (DESIGN.md §3.4). */
public enum SuspensionReason {
  LOST,
  STOLEN,
  OTHER
}
