package jp.mynacard.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * That a resident was told about an item (a card or certificate) expiring on a date, at a lead
 * time. Its key is the exactly-once guarantee: a second notice for the same item, expiry and lead
 * time cannot be stored. Written in bulk by the renewal job; read here.
 */
@Entity
@Table(name = "notice")
@IdClass(Notice.Key.class)
public class Notice {
  /** The item, its expiry and the lead time. */
  public record Key(String itemType, String itemRef, LocalDate expiresOn, int leadMonths)
      implements Serializable {
    public Key() {
      this(null, null, null, 0);
    }
  }

  @Id
  @Column(name = "item_type", length = 4)
  private String itemType;

  @Id
  @Column(name = "item_ref", length = 40)
  private String itemRef;

  @Id
  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Id
  @Column(name = "lead_months")
  private int leadMonths;

  @Column(name = "item_kind", length = 10, nullable = false)
  private String itemKind;

  @Column(name = "letter_id", length = 64, nullable = false)
  private String letterId;

  @Column(name = "resident_id", length = RegistryLimits.RESIDENT_ID, nullable = false)
  private String residentId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Notice() {}

  public String getItemType() {
    return itemType;
  }

  public String getItemRef() {
    return itemRef;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public int getLeadMonths() {
    return leadMonths;
  }

  public String getItemKind() {
    return itemKind;
  }

  public String getLetterId() {
    return letterId;
  }

  public String getResidentId() {
    return residentId;
  }
}
