package jp.mynacard.renewal;

/** What a notice's item reference names: a card id or a certificate serial. */
public enum ItemType {
  CARD,
  CERT
}
