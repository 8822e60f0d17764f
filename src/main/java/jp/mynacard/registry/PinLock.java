package jp.mynacard.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A PIN of a card known to be locked; deleted when the PIN is reset at the counter. */
@Entity
@Table(name = "pin_lock")
@IdClass(PinLock.Key.class)
public class PinLock {
  /** The composite key: card and PIN. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String cardId;
    public PinKind pin;

    public Key() {}

    public Key(String cardId, PinKind pin) {
      this.cardId = cardId;
      this.pin = pin;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(cardId, k.cardId) && pin == k.pin;
    }

    @Override
    public int hashCode() {
      return Objects.hash(cardId, pin);
    }
  }

  @Id
  @Column(name = "card_id", length = RegistryLimits.CARD_ID)
  private String cardId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "pin", length = 20)
  private PinKind pin;

  @Column(name = "locked_at", nullable = false)
  private LocalDateTime lockedAt;

  protected PinLock() {}

  public PinLock(String cardId, PinKind pin, LocalDateTime lockedAt) {
    this.cardId = cardId;
    this.pin = pin;
    this.lockedAt = lockedAt;
  }

  public String getCardId() {
    return cardId;
  }

  public PinKind getPin() {
    return pin;
  }

  public LocalDateTime getLockedAt() {
    return lockedAt;
  }
}
