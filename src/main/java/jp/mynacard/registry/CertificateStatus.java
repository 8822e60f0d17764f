package jp.mynacard.registry;

/** {@code HELD} is the reversible certificateHold of a suspension; {@code REVOKED} is final. */
public enum CertificateStatus {
  ACTIVE,
  HELD,
  REVOKED
}
