package jp.mynacard.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A resident as the resident-record extract describes them. The Individual Number is held only
 * sealed ({@code number_sealed}) and as a keyed hash ({@code number_hash}) for look-ups.
 */
@Entity
@Table(
    name = "resident",
    indexes = {@Index(name = "ux_resident_number_hash", columnList = "number_hash", unique = true)})
public class Resident {
  @Id
  @Column(name = "resident_id", length = RegistryLimits.RESIDENT_ID)
  private String residentId;

  @Column(name = "number_hash", length = 64, nullable = false)
  private String numberHash;

  @Column(name = "number_sealed", length = 80, nullable = false)
  private String numberSealed;

  @Column(name = "family_name", length = RegistryLimits.NAME, nullable = false)
  private String familyName;

  @Column(name = "given_name", length = RegistryLimits.NAME, nullable = false)
  private String givenName;

  @Column(name = "family_name_kana", length = RegistryLimits.NAME)
  private String familyNameKana;

  @Column(name = "given_name_kana", length = RegistryLimits.NAME)
  private String givenNameKana;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "sex", length = 1, nullable = false)
  private String sex;

  @Column(name = "postal_code", length = 8)
  private String postalCode;

  @Column(name = "address", length = RegistryLimits.ADDRESS, nullable = false)
  private String address;

  @Column(name = "nationality", length = 2, nullable = false)
  private String nationality;

  @Column(name = "residence_status", length = 60)
  private String residenceStatus;

  @Column(name = "stay_expires_on")
  private LocalDate stayExpiresOn;

  @Column(name = "lang", length = 2, nullable = false)
  private String language;

  @Column(name = "email", length = RegistryLimits.EMAIL)
  private String email;

  @Column(name = "email_consent", nullable = false)
  private boolean emailConsent;

  @Enumerated(EnumType.STRING)
  @Column(name = "resident_status", length = 10, nullable = false)
  private ResidentStatus status;

  @Column(name = "current_card_id", length = RegistryLimits.CARD_ID)
  private String currentCardId;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  /**
   * The import job instance and line that last wrote this row: a second row for the same resident
   * in one file is then told apart from the same row read again after a restart.
   */
  @Column(name = "import_instance")
  private Long importInstance;

  @Column(name = "import_line")
  private Long importLine;

  @Version
  @Column(name = "row_version", nullable = false)
  private long version;

  protected Resident() {}

  public Resident(String residentId) {
    this.residentId = residentId;
  }

  public String getResidentId() {
    return residentId;
  }

  public String getNumberHash() {
    return numberHash;
  }

  public void setNumberHash(String numberHash) {
    this.numberHash = numberHash;
  }

  public String getNumberSealed() {
    return numberSealed;
  }

  public void setNumberSealed(String numberSealed) {
    this.numberSealed = numberSealed;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyNameKana() {
    return familyNameKana;
  }

  public void setFamilyNameKana(String v) {
    this.familyNameKana = v;
  }

  public String getGivenNameKana() {
    return givenNameKana;
  }

  public void setGivenNameKana(String v) {
    this.givenNameKana = v;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public String getResidenceStatus() {
    return residenceStatus;
  }

  public void setResidenceStatus(String residenceStatus) {
    this.residenceStatus = residenceStatus;
  }

  public LocalDate getStayExpiresOn() {
    return stayExpiresOn;
  }

  public void setStayExpiresOn(LocalDate stayExpiresOn) {
    this.stayExpiresOn = stayExpiresOn;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isEmailConsent() {
    return emailConsent;
  }

  public void setEmailConsent(boolean emailConsent) {
    this.emailConsent = emailConsent;
  }

  public ResidentStatus getStatus() {
    return status;
  }

  public void setStatus(ResidentStatus status) {
    this.status = status;
  }

  public String getCurrentCardId() {
    return currentCardId;
  }

  public void setCurrentCardId(String currentCardId) {
    this.currentCardId = currentCardId;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(LocalDateTime updatedAt) {
    this.updatedAt = updatedAt;
  }

  public Long getImportInstance() {
    return importInstance;
  }

  public Long getImportLine() {
    return importLine;
  }

  public void setImportedFrom(long instance, long line) {
    this.importInstance = instance;
    this.importLine = line;
  }

  public long getVersion() {
    return version;
  }
}
