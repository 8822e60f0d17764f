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

/** A JPKI certificate on a card, keyed by its serial in upper-case hexadecimal. */
@Entity
@Table(
    name = "certificate",
    indexes = {
      @Index(name = "ix_certificate_expiry_status", columnList = "expires_on, cert_status")
    })
public class Certificate {
  @Id
  @Column(name = "serial", length = RegistryLimits.SERIAL)
  private String serial;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "card_id", nullable = false)
  private Card card;

  /** The card's id without loading or joining the card. */
  @Column(name = "card_id", insertable = false, updatable = false)
  private String cardId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false)
  private CertificateKind kind;

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
  @Column(name = "cert_status", length = 10, nullable = false)
  private CertificateStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "revocation_reason", length = 30)
  private RevocationReason revocationReason;

  @Column(name = "status_changed_at")
  private LocalDateTime statusChangedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long version;

  protected Certificate() {}

  public Certificate(String serial, Card card, CertificateKind kind) {
    this.serial = serial;
    this.card = card;
    this.kind = kind;
  }

  /** Revokes for good; a later hold or release no longer applies. */
  public void revoke(RevocationReason reason, LocalDateTime at) {
    this.status = CertificateStatus.REVOKED;
    this.revocationReason = reason;
    this.statusChangedAt = at;
  }

  public String getSerial() {
    return serial;
  }

  public Card getCard() {
    return card;
  }

  public String getCardId() {
    return cardId != null ? cardId : card.getCardId();
  }

  public CertificateKind getKind() {
    return kind;
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

  public CertificateStatus getStatus() {
    return status;
  }

  public void setStatus(CertificateStatus status) {
    this.status = status;
  }

  public RevocationReason getRevocationReason() {
    return revocationReason;
  }

  public LocalDateTime getStatusChangedAt() {
    return statusChangedAt;
  }

  public void setStatusChangedAt(LocalDateTime v) {
    this.statusChangedAt = v;
  }

  public long getVersion() {
    return version;
  }
}
