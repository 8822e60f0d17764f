package jp.mynacard.importer;

/** The Individual Number as the registry stores it: keyed hash and sealed value, never digits. */
public record ProtectedNumber(String hash, String sealed) {
  @Override
  public String toString() {
    return "ProtectedNumber[hash=" + hash.substring(0, 8) + "…]";
  }
}
