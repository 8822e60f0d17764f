package jp.mynacard.importer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One partition's running counts of one import (table {@code import_progress}). */
@Entity
@Table(name = "import_progress")
@IdClass(ImportProgress.Key.class)
public class ImportProgress {
  /** Composite key: job instance and partition number. */
  public record Key(long instanceId, int part) implements Serializable {
    public Key() {
      this(0, 0);
    }
  }

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

  @Column(name = "created")
  long created;

  @Column(name = "updated")
  long updated;

  @Column(name = "unchanged")
  long unchanged;

  @Column(name = "anomalies")
  long anomalies;

  @Column(name = "sign_certs_revoked")
  long signCertsRevoked;

  @Column(name = "cards_superseded")
  long cardsSuperseded;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected ImportProgress() {}

  ImportProgress(long instanceId, int part) {
    this.instanceId = instanceId;
    this.part = part;
  }

  void add(long read, long rejected, long anomalies, MergeResult merged, LocalDateTime now) {
    this.read += read;
    this.rejected += rejected;
    this.anomalies += anomalies;
    this.created += merged.created;
    this.updated += merged.updated;
    this.unchanged += merged.unchanged;
    this.signCertsRevoked += merged.signCertsRevoked;
    this.cardsSuperseded += merged.cardsSuperseded;
    this.updatedAt = now;
  }
}
