package jp.mynacard.importer;

import java.util.List;

/**
 * A row that passed validation, ready to be merged into the registry.
 *
 * @param card null for a resident without a card
 * @param userCert null when the card carries no user-identification certificate
 * @param signCert null when the card carries no signature certificate
 * @param anomalies facts to report although the row is accepted
 */
public record ImportRow(
    long line,
    ResidentData resident,
    ProtectedNumber number,
    CardData card,
    CertificateData userCert,
    CertificateData signCert,
    List<Anomaly> anomalies) {

  public String residentId() {
    return resident.residentId();
  }
}
