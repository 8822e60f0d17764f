package jp.mynacard.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One line of the append-only audit log: who did what to which target, when, why and through which
 * channel. Every column is insert-only and the class has no setters; {@link AuditLog} is the only
 * writer (over JDBC, at the end of the transaction that records the change, see {@link AuditLog});
 * this entity only reads. It never holds the Individual Number (a look-up is logged by resident
 * id).
 */
@Entity
@Table(
    name = "audit_event",
    indexes = {
      @Index(name = "ix_audit_target", columnList = "target_id"),
      @Index(name = "ix_audit_resident", columnList = "resident_id"),
      @Index(name = "ix_audit_occurred_at", columnList = "occurred_at")
    })
public class AuditEvent {
  /**
   * A random UUID: no sequence to create or lock, so the API and a running import never wait on
   * each other for ids. Order comes from {@code occurred_at}.
   */
  @Id
  @Column(name = "event_id", length = 36)
  private String id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(name = "principal", length = 100, nullable = false, updatable = false)
  private String principal;

  @Column(name = "role_name", length = 30, updatable = false)
  private String role;

  @Column(name = "action", length = 40, nullable = false, updatable = false)
  private String action;

  @Column(name = "target_type", length = 20, nullable = false, updatable = false)
  private String targetType;

  @Column(name = "target_id", length = 64, nullable = false, updatable = false)
  private String targetId;

  @Column(name = "resident_id", length = RegistryLimits.RESIDENT_ID, updatable = false)
  private String residentId;

  @Column(name = "reason", length = 200, updatable = false)
  private String reason;

  @Column(name = "channel", length = 40, updatable = false)
  private String channel;

  @Column(name = "detail", length = 1000, updatable = false)
  private String detail;

  /** The line's place in the hash chain ({@link AuditChain}), from 1 without gaps. */
  @Column(name = "chain_seq", updatable = false)
  private Long chainSeq;

  @Column(name = "chain_hash", length = 64, updatable = false)
  private String chainHash;

  protected AuditEvent() {}

  public String getId() {
    return id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getPrincipal() {
    return principal;
  }

  public String getRole() {
    return role;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getResidentId() {
    return residentId;
  }

  public String getReason() {
    return reason;
  }

  public String getChannel() {
    return channel;
  }

  public String getDetail() {
    return detail;
  }

  public Long getChainSeq() {
    return chainSeq;
  }

  public String getChainHash() {
    return chainHash;
  }

  /** What the line says, as it was chained. */
  public AuditEntry entry() {
    return new AuditEntry(
        principal, role, action, targetType, targetId, residentId, reason, channel, detail);
  }
}
