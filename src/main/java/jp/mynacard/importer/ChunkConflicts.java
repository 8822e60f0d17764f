package jp.mynacard.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mynacard.registry.Resident;

/**
 * Rejects rows that contradict the registry or earlier rows of the same file: a resident id seen
 * twice, or an Individual Number, card or certificate serial that already belongs to someone else.
 * Checked before any write, so the database's unique keys never fail a whole chunk.
 */
final class ChunkConflicts {
  private final RegistrySnapshot registry;
  private final long instanceId;
  private final Map<String, Long> residentLine = new HashMap<>();
  private final Map<String, String> numberOwner;
  private final Map<String, String> cardOwner;
  private final Map<String, String> serialCard;

  ChunkConflicts(RegistrySnapshot registry, long instanceId) {
    this.registry = registry;
    this.instanceId = instanceId;
    this.numberOwner = new HashMap<>(registry.numberOwner);
    this.cardOwner = new HashMap<>(registry.cardOwner);
    this.serialCard = new HashMap<>(registry.certificateCard);
  }

  /** The rows that may be applied, in order; the others become rejections in {@code out}. */
  List<ImportRow> filter(List<ImportRow> rows, List<Rejection> out) {
    List<ImportRow> accepted = new ArrayList<>(rows.size());
    for (ImportRow row : rows) {
      Rejection conflict = conflict(row);
      if (conflict != null) {
        out.add(conflict);
        continue;
      }
      residentLine.put(row.residentId(), row.line());
      numberOwner.put(row.number().hash(), row.residentId());
      if (row.card() != null) {
        cardOwner.put(row.card().cardId(), row.residentId());
        claim(row, row.userCert());
        claim(row, row.signCert());
      }
      accepted.add(row);
    }
    return accepted;
  }

  private Rejection conflict(ImportRow row) {
    String id = row.residentId();
    Long firstLine = residentLine.get(id);
    Resident existing = registry.residents.get(id);
    if (firstLine == null
        && existing != null
        && existing.getImportInstance() != null
        && existing.getImportInstance() == instanceId
        && existing.getImportLine() != row.line()) {
      firstLine = existing.getImportLine();
    }
    if (firstLine != null) {
      return reject(
          row, "resident_id", "appears again in this file (first at line " + firstLine + ")");
    }
    String owner = numberOwner.get(row.number().hash());
    if (owner != null && !owner.equals(id)) {
      // never which resident: that would tie the row's number to a person in a report
      return reject(row, "individual_number", "is already registered to another resident");
    }
    if (row.card() == null) {
      return null;
    }
    String cardOwnerId = cardOwner.get(row.card().cardId());
    if (cardOwnerId != null && !cardOwnerId.equals(id)) {
      return reject(row, "card_id", "already belongs to another resident");
    }
    Rejection user = serialConflict(row, row.userCert(), "user_cert_serial");
    return user != null ? user : serialConflict(row, row.signCert(), "sign_cert_serial");
  }

  private Rejection serialConflict(ImportRow row, CertificateData cert, String column) {
    if (cert == null) {
      return null;
    }
    String card = serialCard.get(cert.serial());
    if (card != null && !card.equals(row.card().cardId())) {
      return reject(row, column, "already belongs to card " + card);
    }
    return null;
  }

  private void claim(ImportRow row, CertificateData cert) {
    if (cert != null) {
      serialCard.put(cert.serial(), row.card().cardId());
    }
  }

  private static Rejection reject(ImportRow row, String column, String reason) {
    return new Rejection(row.line(), row.residentId(), column, reason);
  }
}
