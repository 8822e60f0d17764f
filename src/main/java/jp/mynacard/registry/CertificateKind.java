package jp.mynacard.registry;

/** The two JPKI certificates on a card. */
public enum CertificateKind {
  /** 利用者証明用電子証明書: login and convenience-store use; holds no personal facts. */
  USER_IDENTIFICATION,
  /** 署名用電子証明書: signing; holds name, address, birth date and sex. */
  SIGNATURE
}
