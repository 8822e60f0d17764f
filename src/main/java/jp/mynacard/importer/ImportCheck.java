package jp.mynacard.importer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One partition's running counts of an import's check step (table {@code import_check}): what the
 * import would do, counted before it does anything (issue 11).
 */
@Entity
@Table(name = "import_check")
@IdClass(ImportProgress.Key.class)
public class ImportCheck {
  @Id
  @Column(name = "instance_id")
  private long instanceId;

  @Id
  @Column(name = "part")
  private int part;

  @Column(name = "read_count")
  long read;

  @Column(name = "rejected")
  long rejected;

  @Column(name = "anomalies")
  long anomalies;

  @Column(name = "touched")
  long touched;

  @Column(name = "residents_changed")
  long residentsChanged;

  @Column(name = "sign_certs_revoked")
  long signCertsRevoked;

  @Column(name = "cards_abolished")
  long cardsAbolished;

  @Column(name = "changes")
  long changes;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected ImportCheck() {}

  ImportCheck(long instanceId, int part) {
    this.instanceId = instanceId;
    this.part = part;
  }

  void add(long read, long rejected, long anomalies, MergeResult checked, LocalDateTime now) {
    this.read += read;
    this.rejected += rejected;
    this.anomalies += anomalies;
    this.touched += checked.touched();
    this.residentsChanged += checked.massChanged;
    this.signCertsRevoked += checked.signCertRevocations;
    this.cardsAbolished += checked.cardAbolitions;
    this.changes += checked.changes.size();
    this.updatedAt = now;
  }
}
