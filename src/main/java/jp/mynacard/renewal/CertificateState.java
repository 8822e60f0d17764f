package jp.mynacard.renewal;

import java.time.LocalDate;
import jp.mynacard.registry.CertificateStatus;

/** A certificate as the registry holds it now. */
public record CertificateState(String serial, CertificateStatus status, LocalDate expiresOn) {}
