package jp.mynacard.renewal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.mynacard.export.EmailInsteadOfPaper;
import jp.mynacard.export.ReturnedLetterHolds;

/** A run of renewal-notices (one per job instance) with its parameters as resolved at its start. */
@Entity
@Table(name = "renewal_run")
public class RenewalRun {
  @Id
  @Column(name = "run_id")
  private long runId;

  @Column(name = "as_of", nullable = false)
  private LocalDate asOf;

  @Column(name = "lead_months", length = 40, nullable = false)
  private String leadMonths;

  @Column(name = "dry_run", nullable = false)
  private boolean dryRun;

  @Column(name = "export_dir", length = 400, nullable = false)
  private String exportDir;

  @Column(name = "chunk_size", nullable = false)
  private int chunkSize;

  @Column(name = "partitions", nullable = false)
  private int partitions;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "candidates", nullable = false)
  private long candidates;

  @Column(name = "expired_never_notified", nullable = false)
  private long expiredNeverNotified;

  @Column(name = "export_file", length = 400)
  private String exportFile;

  @Column(name = "exported_rows")
  private Long exportedRows;

  @Column(name = "excluded_letters")
  private Integer excludedLetters;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Column(name = "emailed_instead_of_printed")
  private Long emailedInsteadOfPrinted;

  @Column(name = "printed_after_email_failed")
  private Long printedAfterEmailFailed;

  @Column(name = "reminders_too_late", nullable = false)
  private long remindersTooLate;

  @Column(name = "daily_capacity")
  private Integer dailyCapacity;

  @Column(name = "min_lead", length = 20)
  private String minLead;

  @Column(name = "paced_visits")
  private Long pacedVisits;

  @Column(name = "forced_visits")
  private Long forcedVisits;

  @Column(name = "held_letters")
  private Long heldLetters;

  @Column(name = "held_items")
  private Long heldItems;

  @Column(name = "over_capacity")
  private Boolean overCapacity;

  @Column(name = "withheld_after_return")
  private Long withheldAfterReturn;

  @Column(name = "printed_after_address_change")
  private Long printedAfterAddressChange;

  protected RenewalRun() {}

  RenewalRun(long runId, RenewalParameters p, LocalDateTime startedAt) {
    this.runId = runId;
    this.asOf = p.asOf();
    this.leadMonths = p.leadMonthsText();
    this.dryRun = p.dryRun();
    this.exportDir = p.exportDir();
    this.chunkSize = p.chunkSize();
    this.partitions = p.partitions();
    this.dailyCapacity = p.pacing().dailyCapacity();
    this.minLead = p.pacing().minLead().toString();
    this.startedAt = startedAt;
  }

  /**
   * The parameters as recorded. Their asOf was admitted when the run started (and audited if it was
   * distant): a later step or a restart days later does not judge it against its own today.
   */
  public RenewalParameters parameters() {
    return new RenewalParameters(
        asOf,
        RenewalParameters.leads(leadMonths),
        dryRun,
        exportDir,
        chunkSize,
        partitions,
        true,
        pacing());
  }

  /** The pacing the run started with (recorded, so that a restart paces as the start did). */
  public Pacing pacing() {
    return new Pacing(dailyCapacity, minLead == null ? null : java.time.Period.parse(minLead));
  }

  /** What pacing decided, when the run was paced. */
  public Optional<PacedNight> paced() {
    return pacedVisits == null
        ? Optional.empty()
        : Optional.of(
            new PacedNight(
                dailyCapacity, pacedVisits, forcedVisits, heldLetters, heldItems, overCapacity));
  }

  void paced(PacedNight night) {
    this.pacedVisits = night.visits();
    this.forcedVisits = night.forcedVisits();
    this.heldLetters = night.heldBackLetters();
    this.heldItems = night.heldBackItems();
    this.overCapacity = night.overCapacity();
  }

  void counted(long candidates, long expiredNeverNotified) {
    this.candidates = candidates;
    this.expiredNeverNotified = expiredNeverNotified;
  }

  void remindersTooLate(long count) {
    this.remindersTooLate = count;
  }

  /**
   * Reminders after expiry too late to send when the run was prepared ({@link RemindersTooLate}).
   */
  public long getRemindersTooLate() {
    return remindersTooLate;
  }

  void exported(String file, long rows, int excluded) {
    this.exportFile = file;
    this.exportedRows = rows;
    this.excludedLetters = excluded;
  }

  /** What its export decided about e-mail instead of paper; empty before the export decided. */
  public Optional<EmailInsteadOfPaper> printing() {
    return printedAfterEmailFailed == null
        ? Optional.empty()
        : Optional.of(new EmailInsteadOfPaper(emailedInsteadOfPrinted, printedAfterEmailFailed));
  }

  /** What its export decided about returned letters; none before it decided, or before V13. */
  public ReturnedLetterHolds returnedLetterHolds() {
    return withheldAfterReturn == null
        ? ReturnedLetterHolds.NONE
        : new ReturnedLetterHolds(withheldAfterReturn, printedAfterAddressChange);
  }

  void printing(EmailInsteadOfPaper decided, ReturnedLetterHolds holds) {
    this.emailedInsteadOfPrinted = decided.emailedInsteadOfPrinted();
    this.printedAfterEmailFailed = decided.printedAfterEmailFailed();
    this.withheldAfterReturn = holds.withheldAfterReturn();
    this.printedAfterAddressChange = holds.printedAfterAddressChange();
  }

  void finished(LocalDateTime at) {
    this.finishedAt = at;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }

  public String getExportFile() {
    return exportFile;
  }

  public Long getExportedRows() {
    return exportedRows;
  }

  public int getExcludedLetters() {
    return excludedLetters == null ? 0 : excludedLetters;
  }

  public long getRunId() {
    return runId;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public List<Integer> leads() {
    return RenewalParameters.leads(leadMonths);
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public String getExportDir() {
    return exportDir;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public long getCandidates() {
    return candidates;
  }

  public long getExpiredNeverNotified() {
    return expiredNeverNotified;
  }
}
