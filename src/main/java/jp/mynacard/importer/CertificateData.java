package jp.mynacard.importer;

import java.time.LocalDate;
import jp.mynacard.registry.CertificateKind;

/** The validated columns of one certificate, with kept and computed expiry as for cards. */
public record CertificateData(
    CertificateKind kind,
    String serial,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate computedExpiresOn) {}
