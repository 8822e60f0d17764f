package jp.mynacard.renewal;

import java.time.LocalDate;
import jp.mynacard.registry.CertificateStatus;

/** A certificate as the registry holds it now. */
public record CertificateState(String serial, CertificateStatus status, ExpiryDates dates) {
  /** The told date. */
  public LocalDate expiresOn() {
    return dates.told();
  }
}
