package jp.mynacard.renewal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;

/** One partition's running counts of a renewal run (table {@code renewal_progress}). */
@Entity
@Table(name = "renewal_progress")
@IdClass(RenewalProgress.Key.class)
public class RenewalProgress {
  /** Composite key: run and partition number. */
  public record Key(long runId, int part) implements Serializable {
    public Key() {
      this(0, 0);
    }
  }

  @Id
  @Column(name = "run_id")
  private long runId;

  @Id
  @Column(name = "part")
  private int part;

  @Column(name = "residents")
  long residents;

  @Column(name = "letters")
  long letters;

  @Column(name = "card_items")
  long cardItems;

  @Column(name = "stay_items")
  long stayItems;

  @Column(name = "user_cert_items")
  long userCertItems;

  @Column(name = "sign_cert_items")
  long signCertItems;

  @Column(name = "skipped_deceased")
  long skippedDeceased;

  @Column(name = "skipped_moved_out")
  long skippedMovedOut;

  @Column(name = "skipped_suspended")
  long skippedSuspended;

  @Column(name = "skipped_abolished")
  long skippedAbolished;

  @Column(name = "skipped_held")
  long skippedHeld;

  @Column(name = "skipped_revoked")
  long skippedRevoked;

  @Column(name = "skipped_changed")
  long skippedChanged;

  @Column(name = "skipped_renewed")
  long skippedRenewed;

  @Column(name = "dates_differ")
  long datesDiffer;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  protected RenewalProgress() {}

  RenewalProgress(long runId, int part) {
    this.runId = runId;
    this.part = part;
  }

  void add(NoticePlan plan, LocalDateTime now) {
    residents++;
    letters += plan.letter() == null ? 0 : 1;
    Map<ItemKind, Integer> k = plan.itemsByKind();
    cardItems += k.getOrDefault(ItemKind.CARD, 0);
    stayItems += k.getOrDefault(ItemKind.STAY, 0);
    userCertItems += k.getOrDefault(ItemKind.USER_CERT, 0);
    signCertItems += k.getOrDefault(ItemKind.SIGN_CERT, 0);
    Map<SkipReason, Integer> s = plan.skipped();
    skippedDeceased += s.getOrDefault(SkipReason.DECEASED, 0);
    skippedMovedOut += s.getOrDefault(SkipReason.MOVED_OUT, 0);
    skippedSuspended += s.getOrDefault(SkipReason.SUSPENDED, 0);
    skippedAbolished += s.getOrDefault(SkipReason.ABOLISHED, 0);
    skippedHeld += s.getOrDefault(SkipReason.HELD, 0);
    skippedRevoked += s.getOrDefault(SkipReason.REVOKED, 0);
    skippedChanged += s.getOrDefault(SkipReason.CHANGED, 0);
    skippedRenewed += s.getOrDefault(SkipReason.RENEWED, 0);
    datesDiffer += plan.datesDiffer();
    updatedAt = now;
  }
}
