package jp.mynacard.pki;

import java.math.BigInteger;
import java.time.Instant;

/**
 * One entry of a CRL: a certificate's serial, when it was revoked or put on hold, and the RFC 5280
 * reason code (6, certificateHold, for a hold).
 */
public record CrlEntry(BigInteger serial, Instant revokedAt, int reasonCode) {
  public static final int CERTIFICATE_HOLD = 6;
}
