package jp.mynacard.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One CRL issued: number, validity (UTC) and the SHA-256 of its entries. The CRL itself is built
 * again from these and the entries whenever it is served, which gives the same bytes.
 */
@Entity
@Table(name = "crl_issue")
public class CrlIssue {
  @Id
  @Column(name = "crl_number")
  private long number;

  @Column(name = "this_update", nullable = false, updatable = false)
  private LocalDateTime thisUpdate;

  @Column(name = "next_update", nullable = false, updatable = false)
  private LocalDateTime nextUpdate;

  @Column(name = "entry_count", nullable = false, updatable = false)
  private int entryCount;

  @Column(name = "entries_sha256", length = 64, nullable = false, updatable = false)
  private String entriesSha256;

  protected CrlIssue() {}

  public CrlIssue(
      long number,
      LocalDateTime thisUpdate,
      LocalDateTime nextUpdate,
      int entryCount,
      String entriesSha256) {
    this.number = number;
    this.thisUpdate = thisUpdate;
    this.nextUpdate = nextUpdate;
    this.entryCount = entryCount;
    this.entriesSha256 = entriesSha256;
  }

  public long getNumber() {
    return number;
  }

  public LocalDateTime getThisUpdate() {
    return thisUpdate;
  }

  public LocalDateTime getNextUpdate() {
    return nextUpdate;
  }

  public int getEntryCount() {
    return entryCount;
  }

  public String getEntriesSha256() {
    return entriesSha256;
  }
}
