package jp.mynacard.returned;

import static jp.mynacard.renewal.PaperFixture.run;
import static jp.mynacard.renewal.ReturnFixture.held;
import static jp.mynacard.renewal.ReturnFixture.letter;
import static jp.mynacard.renewal.ReturnFixture.printedBy;
import static jp.mynacard.renewal.ReturnFixture.resident;
import static jp.mynacard.returned.ReturnJudgement.Outcome.ALREADY_RECORDED;
import static jp.mynacard.returned.ReturnJudgement.Outcome.RECORDED;
import static jp.mynacard.returned.ReturnJudgement.Outcome.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.mynacard.registry.AuditEntry;
import jp.mynacard.registry.AuditLog;
import jp.mynacard.renewal.PaperFixture;
import jp.mynacard.renewal.ReturnFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recording a list's rows against the letters the nightly runs wrote (embedded Derby; PostgreSQL
 * with {@code -Dmynacard.test.postgresql}): once per letter, idempotent for a list imported again
 * and for a restarted job, never for a letter that was not printed.
 */
class ReturnsStoreTest {
  private static final LocalDate APRIL_9 = LocalDate.of(2026, 4, 9);

  private final List<AuditEntry> audited = new ArrayList<>();
  private ReturnsStore store;
  private Connection c;

  @BeforeEach
  void letters() throws SQLException {
    DataSource ds = PaperFixture.database();
    c = ds.getConnection();
    store = new ReturnsStore();
    store.dataSource = ds;
    store.auditLog =
        new AuditLog() {
          @Override
          public void append(AuditEntry entry) {
            audited.add(entry);
          }
        };
    for (String r : List.of("R1", "R2", "R3", "R4")) {
      resident(c, r, "みらい市中央1丁目2番3号");
    }
    run(c, 1, true);
    exported(1);
    letter(c, 1, "R1");
    letter(c, 1, "R2");
    held(c, letter(c, 1, "R3"));
    String mailed = letter(c, 1, "R4");
    ReturnFixture.mailed(c, mailed, 1);
    PaperFixture.withheld(c, 1);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  private void exported(long runId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE renewal_run SET export_file = 'notices.csv' WHERE run_id = ?")) {
      s.setLong(1, runId);
      s.executeUpdate();
    }
  }

  /** The one recorded return, its columns joined by blanks. */
  private String recorded() throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT resident_id, returned_on, reason, postal_code, address, import_instance,"
                    + " import_line FROM returned_letter");
        ResultSet r = s.executeQuery()) {
      r.next();
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= 7; i++) {
        values.add(r.getString(i));
      }
      assertFalse(r.next(), "one return");
      return String.join(" ", values);
    }
  }

  private List<ReturnJudgement.Judged> record(long job, ReturnedRow... rows) throws SQLException {
    return store.record(
        new ReturnsRun(job, job * 10, "operator", LocalDateTime.now()), List.of(rows));
  }

  private static ReturnedRow row(long line, String resident, ReturnReason reason) {
    return new ReturnedRow(line, PaperFixture.letterId(1, resident), APRIL_9, reason);
  }

  @Test
  void aReturnIsRecordedWithTheAddressTheLetterWentToAndAudited() throws SQLException {
    List<ReturnJudgement.Judged> judged = record(7, row(2, "R1", ReturnReason.MOVED));

    assertEquals(RECORDED, judged.get(0).outcome());
    assertEquals("R1 2026-04-09 MOVED 305-0032 みらい市中央1丁目2番3号 7 2", recorded());
    assertEquals(1, audited.size());
    AuditEntry a = audited.get(0);
    assertEquals("LETTER_RETURNED", a.action());
    assertEquals(PaperFixture.letterId(1, "R1"), a.targetId());
    assertEquals("R1", a.residentId());
    assertEquals("operator", a.principal());
  }

  @Test
  void theSameListImportedAgainIsAlreadyRecordedAndChangesNothing() throws SQLException {
    record(7, row(2, "R1", ReturnReason.MOVED));

    List<ReturnJudgement.Judged> again = record(8, row(2, "R1", ReturnReason.MOVED));

    assertEquals(ALREADY_RECORDED, again.get(0).outcome());
    assertEquals(1, audited.size(), "no second audit line");
  }

  @Test
  void aRestartedJobAcceptsItsEarlierRowsAsTheyWereWithoutWritingThemAgain() throws SQLException {
    record(7, row(2, "R1", ReturnReason.MOVED));

    ReturnJudgement.Judged replay = record(7, row(2, "R1", ReturnReason.MOVED)).get(0);

    assertEquals(RECORDED, replay.outcome());
    assertTrue(replay.replayed());
    assertEquals(1, audited.size());
  }

  @Test
  void aLetterNamedTwiceInOneListIsRejectedTheSecondTimeInTheSameTransaction() throws SQLException {
    List<ReturnJudgement.Judged> judged =
        record(7, row(2, "R1", ReturnReason.MOVED), row(4, "R1", ReturnReason.MOVED));

    assertEquals(RECORDED, judged.get(0).outcome());
    assertEquals(REJECTED, judged.get(1).outcome());
    assertEquals("repeats line 2 of this list", judged.get(1).rejection().reason());
  }

  @Test
  void lettersNeverPrintedCannotComeBack() throws SQLException {
    List<ReturnJudgement.Judged> judged =
        record(7, row(2, "R3", ReturnReason.OTHER), row(3, "R4", ReturnReason.OTHER));

    assertEquals(
        "the letter was never printed: it is held back since an earlier letter to the resident"
            + " came back",
        judged.get(0).rejection().reason());
    assertEquals(
        "the letter was never printed: it was e-mailed instead",
        judged.get(1).rejection().reason());
    assertFalse(audited.stream().anyMatch(a -> a.targetId().contains("R3")));
  }

  @Test
  void aHeldLetterPrintedLaterCannotComeBackBeforeTheRunThatPrintedIt() throws SQLException {
    run(c, 2, true);
    try (PreparedStatement s =
        c.prepareStatement("UPDATE renewal_run SET as_of = DATE('2026-04-20') WHERE run_id = 2")) {
      s.executeUpdate();
    }
    printedBy(c, PaperFixture.letterId(1, "R3"), 2);

    ReturnJudgement.Judged early = record(7, row(2, "R3", ReturnReason.MOVED)).get(0);
    ReturnJudgement.Judged late =
        record(
                7,
                new ReturnedRow(
                    3,
                    PaperFixture.letterId(1, "R3"),
                    LocalDate.of(2026, 4, 25),
                    ReturnReason.MOVED))
            .get(0);

    assertEquals(
        "is before the letter was printed (by the run as of 2026-04-20)",
        early.rejection().reason());
    assertEquals(RECORDED, late.outcome());
  }

  @Test
  void aLetterOfARunThatHasNotExportedIsRejected() throws SQLException {
    run(c, 3, false);
    letter(c, 3, "R1");

    ReturnJudgement.Judged j =
        record(7, new ReturnedRow(2, PaperFixture.letterId(3, "R1"), APRIL_9, ReturnReason.MOVED))
            .get(0);

    assertEquals(REJECTED, j.outcome());
    assertTrue(
        j.rejection().reason().contains("has not written its export"), j.rejection().reason());
  }
}
