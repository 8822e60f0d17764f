package jp.mynacard.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A renewal letter: one per resident and run, addressed as the registry stood when it was written.
 * The vendor export and the e-mail are made from it alone, so a restart writes them again
 * identically. Written in bulk by the renewal job; read here.
 */
@Entity
@Table(name = "letter")
public class Letter {
  @Id
  @Column(name = "letter_id", length = 64)
  private String letterId;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "as_of", nullable = false)
  private LocalDate asOf;

  @Column(name = "resident_id", length = RegistryLimits.RESIDENT_ID, nullable = false)
  private String residentId;

  @Column(name = "lang", length = 2, nullable = false)
  private String language;

  @Column(name = "postal_code", length = 8)
  private String postalCode;

  @Column(name = "address", length = RegistryLimits.ADDRESS, nullable = false)
  private String address;

  @Column(name = "addressee", length = 201, nullable = false)
  private String addressee;

  @Column(name = "card_expires_on")
  private LocalDate cardExpiresOn;

  @Column(name = "user_cert_expires_on")
  private LocalDate userCertExpiresOn;

  @Column(name = "sign_cert_expires_on")
  private LocalDate signCertExpiresOn;

  @Column(name = "stay_expires_on")
  private LocalDate stayExpiresOn;

  @Column(name = "earliest_expires_on", nullable = false)
  private LocalDate earliestExpiresOn;

  /** Null for a letter with only a STAY item (it has no renewal window). */
  @Column(name = "renewal_opens_on")
  private LocalDate renewalOpensOn;

  @Column(name = "stay_case", length = 24)
  private String stayCase;

  @Column(name = "stay_now_ends_on")
  private LocalDate stayNowEndsOn;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Letter() {}

  public String getLetterId() {
    return letterId;
  }

  public long getRunId() {
    return runId;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public String getResidentId() {
    return residentId;
  }

  public String getLanguage() {
    return language;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getAddress() {
    return address;
  }

  public String getAddressee() {
    return addressee;
  }

  public LocalDate getCardExpiresOn() {
    return cardExpiresOn;
  }

  public LocalDate getUserCertExpiresOn() {
    return userCertExpiresOn;
  }

  public LocalDate getSignCertExpiresOn() {
    return signCertExpiresOn;
  }

  public LocalDate getStayExpiresOn() {
    return stayExpiresOn;
  }

  public LocalDate getEarliestExpiresOn() {
    return earliestExpiresOn;
  }

  public String getStayCase() {
    return stayCase;
  }

  public LocalDate getStayNowEndsOn() {
    return stayNowEndsOn;
  }

  public LocalDate getRenewalOpensOn() {
    return renewalOpensOn;
  }
}
