package jp.mynacard.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A loss report that suspended a card, and its cancellation at the counter. Times are UTC; {@code
 * reportedAt} is when the resident says the loss was reported (a call-center form filled in later),
 * {@code suspendedAt} when the registry changed.
 */
@Entity
@Table(name = "card_suspension")
public class CardSuspension {
  @Id
  @Column(name = "suspension_id", length = 36)
  private String id;

  @Column(name = "card_id", length = RegistryLimits.CARD_ID, nullable = false, updatable = false)
  private String cardId;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", length = 10, nullable = false, updatable = false)
  private SuspensionReason reason;

  @Column(name = "channel", length = 40, nullable = false, updatable = false)
  private String channel;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private LocalDateTime reportedAt;

  @Column(name = "suspended_at", nullable = false, updatable = false)
  private LocalDateTime suspendedAt;

  @Column(name = "suspended_by", length = 100, nullable = false, updatable = false)
  private String suspendedBy;

  @Column(name = "cancelled_at")
  private LocalDateTime cancelledAt;

  @Column(name = "cancelled_by", length = 100)
  private String cancelledBy;

  protected CardSuspension() {}

  public CardSuspension(
      String cardId,
      SuspensionReason reason,
      String channel,
      LocalDateTime reportedAt,
      LocalDateTime suspendedAt,
      String suspendedBy) {
    this.id = UUID.randomUUID().toString();
    this.cardId = cardId;
    this.reason = reason;
    this.channel = channel;
    this.reportedAt = reportedAt;
    this.suspendedAt = suspendedAt;
    this.suspendedBy = suspendedBy;
  }

  public void cancel(LocalDateTime at, String by) {
    this.cancelledAt = at;
    this.cancelledBy = by;
  }

  public String getId() {
    return id;
  }

  public String getCardId() {
    return cardId;
  }

  public SuspensionReason getReason() {
    return reason;
  }

  public String getChannel() {
    return channel;
  }

  public LocalDateTime getReportedAt() {
    return reportedAt;
  }

  public LocalDateTime getSuspendedAt() {
    return suspendedAt;
  }

  public String getSuspendedBy() {
    return suspendedBy;
  }

  public LocalDateTime getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelledBy() {
    return cancelledBy;
  }
}
