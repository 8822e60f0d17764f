package jp.mynacard.renewal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.mynacard.registry.BulkInsert;

/**
 * Stores a chunk's letters and notices in bulk, and its counts, in the caller's (the chunk's)
 * transaction. A notice that exists already violates the primary key and fails the chunk: the
 * database, not this code, rules out a second notice.
 */
@ApplicationScoped
public class NoticeStore {
  private static final String LETTER_COLUMNS =
      "letter_id, run_id, as_of, resident_id, lang,"
          + " postal_code, address, addressee, card_expires_on, user_cert_expires_on,"
          + " sign_cert_expires_on, stay_expires_on, earliest_expires_on, renewal_opens_on,"
          + " stay_case, stay_now_ends_on, created_at";
  private static final String NOTICE_COLUMNS =
      "item_type, item_ref, expires_on, lead_months, item_kind, letter_id, resident_id,"
          + " recorded_expires_on, computed_expires_on, created_at";

  @PersistenceContext(unitName = "mynacard")
  private EntityManager em;

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  void store(RenewalRun run, List<NoticePlan> plans, LocalDateTime now) throws SQLException {
    List<Object[]> letters = new ArrayList<>();
    List<Object[]> notices = new ArrayList<>();
    for (NoticePlan plan : plans) {
      LetterDraft l = plan.letter();
      if (l == null) {
        continue;
      }
      letters.add(
          new Object[] {
            l.letterId(),
            run.getRunId(),
            run.getAsOf(),
            l.residentId(),
            l.language(),
            l.postalCode(),
            l.address(),
            l.addressee(),
            l.cardExpiresOn(),
            l.userCertExpiresOn(),
            l.signCertExpiresOn(),
            l.stayExpiresOn(),
            l.earliestExpiresOn(),
            l.renewalOpensOn(),
            l.stayCase() == null ? null : l.stayCase().name(),
            l.stayNowEndsOn(),
            now
          });
      for (PlannedNotice n : plan.notices()) {
        notices.add(
            new Object[] {
              n.item().type().name(),
              n.item().ref(),
              n.item().expiresOn(),
              n.item().leadMonths(),
              n.kind().name(),
              l.letterId(),
              l.residentId(),
              n.dates().recorded(),
              n.dates().computed(),
              now
            });
      }
    }
    try (Connection c = dataSource.getConnection()) {
      BulkInsert insert = BulkInsert.forConnection(c);
      insert.insert(c, "letter", LETTER_COLUMNS, letters);
      insert.insert(c, "notice", NOTICE_COLUMNS, notices);
    }
  }

  void count(long runId, int part, List<NoticePlan> plans, LocalDateTime now) {
    RenewalProgress p = em.find(RenewalProgress.class, new RenewalProgress.Key(runId, part));
    if (p == null) {
      p = new RenewalProgress(runId, part);
      em.persist(p);
    }
    for (NoticePlan plan : plans) {
      p.add(plan, now);
    }
  }

  /** Used by tests and the API: whether an item was told about for an expiry and lead time. */
  public boolean notified(ItemType type, String ref, LocalDate expiresOn, int lead) {
    return em.find(
            jp.mynacard.registry.Notice.class,
            new jp.mynacard.registry.Notice.Key(type.name(), ref, expiresOn, lead))
        != null;
  }
}
