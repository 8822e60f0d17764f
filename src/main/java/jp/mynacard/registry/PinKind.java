package jp.mynacard.registry;

/**
 * The card's four PINs and the wrong tries that lock each (DESIGN.md §2): the three four-digit PINs
 * after 3, the signature password after 5. Unlocking is only at the counter.
 */
public enum PinKind {
  /** 利用者証明用電子証明書の暗証番号. */
  USER_IDENTIFICATION(3),
  /** 住民基本台帳用の暗証番号. */
  RESIDENCE_REGISTRY(3),
  /** 券面事項入力補助用の暗証番号. */
  CARD_INFO_INPUT(3),
  /** 署名用電子証明書のパスワード. */
  SIGNATURE(5);

  private final int wrongTriesToLock;

  PinKind(int wrongTriesToLock) {
    this.wrongTriesToLock = wrongTriesToLock;
  }

  public int wrongTriesToLock() {
    return wrongTriesToLock;
  }
}
