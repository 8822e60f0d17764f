package jp.mynacard.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.mynacard.validity.ValidityRules;

/**
 * An Individual Number Card. {@code expires_on} is the registry's date (as recorded, or computed
 * when the extract left it empty); {@code computed_expires_on} is what the rules give, kept so that
 * a difference stays visible after the import's anomaly report.
 */
@Entity
@Table(
    name = "card",
    indexes = {
      @Index(name = "ix_card_effective_expiry", columnList = "effective_expires_on, card_status")
    })
public class Card {
  @Id
  @Column(name = "card_id", length = RegistryLimits.CARD_ID)
  private String cardId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "resident_id", nullable = false)
  private Resident resident;

  /** The owner's id without loading or joining the resident (the import checks thousands). */
  @Column(name = "resident_id", insertable = false, updatable = false)
  private String residentId;

  @Column(name = "application_received_on")
  private LocalDate applicationReceivedOn;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "computed_expires_on", nullable = false)
  private LocalDate computedExpiresOn;

  /** The told date, the earlier of the two above; kept in step by their setters. */
  @Column(name = "effective_expires_on")
  private LocalDate effectiveExpiresOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "card_status", length = 10, nullable = false)
  private CardStatus status;

  @Column(name = "status_changed_at")
  private LocalDateTime statusChangedAt;

  @Column(name = "user_cert_serial", length = RegistryLimits.SERIAL)
  private String userCertSerial;

  @Column(name = "sign_cert_serial", length = RegistryLimits.SERIAL)
  private String signCertSerial;

  @Version
  @Column(name = "row_version", nullable = false)
  private long version;

  protected Card() {}

  public Card(String cardId, Resident resident) {
    this.cardId = cardId;
    this.resident = resident;
  }

  public String getCardId() {
    return cardId;
  }

  public Resident getResident() {
    return resident;
  }

  public String getResidentId() {
    return residentId != null ? residentId : resident.getResidentId();
  }

  public LocalDate getApplicationReceivedOn() {
    return applicationReceivedOn;
  }

  public void setApplicationReceivedOn(LocalDate v) {
    this.applicationReceivedOn = v;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
    this.effectiveExpiresOn = ValidityRules.effectiveExpiry(this.expiresOn, computedExpiresOn);
  }

  public LocalDate getEffectiveExpiresOn() {
    return effectiveExpiresOn;
  }

  public LocalDate getComputedExpiresOn() {
    return computedExpiresOn;
  }

  public void setComputedExpiresOn(LocalDate v) {
    this.computedExpiresOn = v;
    this.effectiveExpiresOn = ValidityRules.effectiveExpiry(expiresOn, v);
  }

  public CardStatus getStatus() {
    return status;
  }

  public void setStatus(CardStatus status) {
    this.status = status;
  }

  public LocalDateTime getStatusChangedAt() {
    return statusChangedAt;
  }

  public void setStatusChangedAt(LocalDateTime v) {
    this.statusChangedAt = v;
  }

  public String getUserCertSerial() {
    return userCertSerial;
  }

  public void setUserCertSerial(String v) {
    this.userCertSerial = v;
  }

  public String getSignCertSerial() {
    return signCertSerial;
  }

  public void setSignCertSerial(String v) {
    this.signCertSerial = v;
  }

  public long getVersion() {
    return version;
  }
}
