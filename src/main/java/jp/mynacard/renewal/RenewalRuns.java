package jp.mynacard.renewal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import jp.mynacard.export.EmailInsteadOfPaper;
import jp.mynacard.registry.AuditEntry;
import jp.mynacard.registry.AuditLog;
import jp.mynacard.registry.TableStatistics;
import jp.mynacard.validity.ValidityRules;

/** Records runs and their due items, and reads them back. */
@ApplicationScoped
public class RenewalRuns {
  @PersistenceContext(unitName = "mynacard")
  private EntityManager em;

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  @Inject AuditLog auditLog;

  @Inject ValidityRules rules;

  /**
   * Records the run with its resolved parameters and chooses its due items, paced to the counters'
   * capacity when the run has one ({@link CandidatePacing}), in one transaction. Done again (after
   * a failure of this step) it replaces what it did before. The count of items that expired
   * unnoticed, read-only and as long as the choice on a quiet night, runs beside it on a connection
   * of its own, and so does that of reminders after expiry too late to send.
   *
   * @param admitted the audit line the run's start calls for (a distant asOf allowed), or null;
   *     written with the run's record, so once however often this step is done again
   */
  @Transactional
  public RenewalRun prepare(long runId, RenewalParameters parameters, AuditEntry admitted)
      throws SQLException, InterruptedException {
    Future<Long> expired =
        executor.submit(
            () -> {
              try (Connection c = dataSource.getConnection()) {
                return CandidateSelection.expiredNeverNotified(c, parameters.asOf());
              }
            });
    Future<Long> tooLate =
        executor.submit(
            () -> {
              try (Connection c = dataSource.getConnection()) {
                return RemindersTooLate.count(c, parameters.asOf(), parameters.leadMonths());
              }
            });
    RenewalRun run = em.find(RenewalRun.class, runId);
    if (run == null) {
      run = new RenewalRun(runId, parameters, LocalDateTime.now(ZoneOffset.UTC));
      em.persist(run);
      if (admitted != null) {
        auditLog.append(admitted);
      }
    }
    em.flush();
    long candidates;
    try (Connection c = dataSource.getConnection()) {
      candidates = CandidateSelection.select(c, run);
      Pacing pacing = run.pacing();
      if (pacing.on()) {
        PacedNight night = CandidatePacing.pace(c, run, pacing, rules);
        run.paced(night);
        candidates -= night.heldBackItems();
      }
    }
    run.counted(candidates, counted(expired, "counting expired items failed"));
    run.remindersTooLate(counted(tooLate, "counting reminders too late failed"));
    return run;
  }

  private static long counted(Future<Long> count, String failure)
      throws SQLException, InterruptedException {
    try {
      return count.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof SQLException sql
          ? sql
          : new SQLException(failure, e.getCause());
    }
  }

  @Transactional
  public void exported(long runId, String file, long rows, int excluded) {
    run(runId).exported(file, rows, excluded);
  }

  /**
   * After a run wrote many letters and notices: the export reads the letters by run, and the next
   * run looks its items up in the notices.
   */
  public void refreshStatistics(long letters) throws SQLException {
    if (letters < TableStatistics.WORTH_REFRESHING) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      TableStatistics.refresh(c, "letter", "notice");
    }
  }

  @Transactional
  public void finished(long runId) {
    run(runId).finished(LocalDateTime.now(ZoneOffset.UTC));
  }

  /** The runs other than {@code exceptRunId} whose end was never recorded. */
  @Transactional
  public List<RunGate.Unfinished> unfinished(long exceptRunId) {
    return em
        .createQuery(
            "SELECT r FROM RenewalRun r WHERE r.finishedAt IS NULL AND r.runId <> :own"
                + " ORDER BY r.runId",
            RenewalRun.class)
        .setParameter("own", exceptRunId)
        .getResultList()
        .stream()
        .map(r -> new RunGate.Unfinished(r.getRunId(), r.getAsOf()))
        .toList();
  }

  /**
   * Ends a run that was given up. If it never exported, its letters and notices are taken back
   * (nobody received them), so its items are due again for the next run, and the earlier letters it
   * had claimed to print after their e-mail failed wait for the next run again; if it did, they
   * stay (and its letters left out for an e-mail it never sent are printed by the next run). Held
   * letters it had claimed after a returned letter wait again likewise.
   */
  @Transactional
  public void closeGivenUp(long runId) {
    RenewalRun run = run(runId);
    if (run.getExportFile() == null) {
      for (String sql :
          List.of(
              "UPDATE mail_outbox SET paper_state = '"
                  + LetterPrinting.WITHHELD
                  + "', printed_run_id = NULL WHERE printed_run_id = ?",
              "UPDATE paper_hold SET hold_state = '"
                  + ReturnHolds.HELD
                  + "', printed_run_id = NULL WHERE printed_run_id = ?",
              "DELETE FROM mail_outbox WHERE run_id = ?",
              "DELETE FROM paper_hold WHERE run_id = ?",
              "DELETE FROM notice WHERE letter_id IN (SELECT letter_id FROM letter WHERE run_id = ?)",
              "DELETE FROM letter WHERE run_id = ?",
              "DELETE FROM renewal_candidate WHERE run_id = ?",
              "DELETE FROM renewal_progress WHERE run_id = ?")) {
        em.createNativeQuery(sql).setParameter(1, runId).executeUpdate();
      }
    }
    run.finished(LocalDateTime.now(ZoneOffset.UTC));
  }

  /**
   * Reads in a transaction of its own (or the caller's): outside one, Liberty keeps a persistence
   * context for the whole job thread and would answer with the run as an earlier step saw it.
   */
  @Transactional
  public RenewalSummary summary(long runId) {
    RenewalRun run = run(runId);
    Object[] s =
        em.createQuery(
                "SELECT COALESCE(SUM(p.residents), 0), COALESCE(SUM(p.letters), 0),"
                    + " COALESCE(SUM(p.cardItems), 0), COALESCE(SUM(p.stayItems), 0),"
                    + " COALESCE(SUM(p.userCertItems), 0), COALESCE(SUM(p.signCertItems), 0),"
                    + " COALESCE(SUM(p.skippedDeceased), 0), COALESCE(SUM(p.skippedMovedOut), 0),"
                    + " COALESCE(SUM(p.skippedSuspended), 0), COALESCE(SUM(p.skippedAbolished), 0),"
                    + " COALESCE(SUM(p.skippedHeld), 0), COALESCE(SUM(p.skippedRevoked), 0),"
                    + " COALESCE(SUM(p.skippedChanged), 0), COALESCE(SUM(p.skippedRenewed), 0),"
                    + " COALESCE(SUM(p.datesDiffer), 0)"
                    + " FROM RenewalProgress p WHERE p.runId = :r",
                Object[].class)
            .setParameter("r", runId)
            .getSingleResult();
    long[] n = new long[s.length];
    for (int i = 0; i < s.length; i++) {
      n[i] = ((Number) s[i]).longValue();
    }
    return new RenewalSummary(
        n[0],
        n[1],
        n[2],
        n[3],
        n[4],
        n[5],
        n[6],
        n[7],
        n[8],
        n[9],
        n[10],
        n[11],
        n[12],
        n[13],
        n[14],
        run.getExpiredNeverNotified(),
        run.getExportFile(),
        run.getExcludedLetters(),
        run.printing().orElse(EmailInsteadOfPaper.NONE),
        run.returnedLetterHolds(),
        run.getRemindersTooLate(),
        run.paced().orElse(null));
  }

  @Transactional
  public RenewalRun run(long runId) {
    RenewalRun run = em.find(RenewalRun.class, runId);
    if (run == null) {
      throw new IllegalStateException("renewal run " + runId + " was not prepared");
    }
    return run;
  }
}
