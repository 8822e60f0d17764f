package jp.mynacard.returned;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.mynacard.registry.AuditLog;

/**
 * Records the rows of a returned-letters list, a batch per transaction: looks each letter up,
 * judges the row ({@link ReturnJudgement}) and writes what it decides, with an audit line per
 * return recorded. Each accepted row is also kept by job and letter ({@code returned_import_row}),
 * which finds a letter repeated in the list and lets a restarted job recognise its earlier rows.
 */
@ApplicationScoped
public class ReturnsStore {
  // a letter is printed unless its run never exported it, it was left out for an e-mail that
  // arrived or is still in question, or it is held back for a returned letter
  private static final String FACTS =
      "SELECT l.resident_id, l.postal_code, l.address, l.as_of, r.export_file,"
          + " o.paper_state, op.as_of, h.hold_state, hp.as_of,"
          + " rl.returned_on, rl.reason, i.line_no, i.already_recorded"
          + " FROM letter l JOIN renewal_run r ON r.run_id = l.run_id"
          + " LEFT JOIN mail_outbox o ON o.letter_id = l.letter_id AND o.paper_state IS NOT NULL"
          + " LEFT JOIN renewal_run op ON op.run_id = o.printed_run_id"
          + " LEFT JOIN paper_hold h ON h.letter_id = l.letter_id"
          + " LEFT JOIN renewal_run hp ON hp.run_id = h.printed_run_id"
          + " LEFT JOIN returned_letter rl ON rl.letter_id = l.letter_id"
          + " LEFT JOIN returned_import_row i ON i.letter_id = l.letter_id AND i.instance_id = ?"
          + " WHERE l.letter_id = ?";
  private static final String INSERT_RETURN =
      "INSERT INTO returned_letter (letter_id, resident_id, returned_on, reason, postal_code,"
          + " address, import_instance, import_line, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_ROW =
      "INSERT INTO returned_import_row (instance_id, letter_id, line_no, already_recorded)"
          + " VALUES (?, ?, ?, ?)";

  @Resource(lookup = "jdbc/mynacard")
  DataSource dataSource;

  @Inject AuditLog auditLog;

  /** Judges and records a batch of rows, in line order; answers each row's outcome. */
  @Transactional
  public List<ReturnJudgement.Judged> record(ReturnsRun run, List<ReturnedRow> rows)
      throws SQLException {
    List<ReturnJudgement.Judged> judged = new ArrayList<>(rows.size());
    try (Connection c = dataSource.getConnection();
        PreparedStatement facts = c.prepareStatement(FACTS);
        PreparedStatement insertReturn = c.prepareStatement(INSERT_RETURN);
        PreparedStatement insertRow = c.prepareStatement(INSERT_ROW)) {
      for (ReturnedRow row : rows) {
        LetterFacts letter = facts(facts, run.instanceId(), row.letterId());
        ReturnJudgement.Judged j = ReturnJudgement.judge(row, letter);
        if (!j.replayed() && j.outcome() == ReturnJudgement.Outcome.RECORDED) {
          insertReturn.setString(1, row.letterId());
          insertReturn.setString(2, letter.residentId());
          insertReturn.setDate(3, Date.valueOf(row.returnedOn()));
          insertReturn.setString(4, row.reason().name());
          insertReturn.setString(5, letter.postalCode());
          insertReturn.setString(6, letter.address());
          insertReturn.setLong(7, run.instanceId());
          insertReturn.setLong(8, row.line());
          insertReturn.setTimestamp(9, Timestamp.valueOf(run.now()));
          insertReturn.executeUpdate();
          auditLog.append(run.audit(row, letter.residentId()));
        }
        if (!j.replayed() && j.outcome() != ReturnJudgement.Outcome.REJECTED) {
          insertRow.setLong(1, run.instanceId());
          insertRow.setString(2, row.letterId());
          insertRow.setLong(3, row.line());
          insertRow.setBoolean(4, j.outcome() == ReturnJudgement.Outcome.ALREADY_RECORDED);
          insertRow.executeUpdate();
        }
        judged.add(j);
      }
    }
    return judged;
  }

  private static LetterFacts facts(PreparedStatement s, long instanceId, String letterId)
      throws SQLException {
    s.setLong(1, instanceId);
    s.setString(2, letterId);
    try (ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        return null;
      }
      String mailPaper = r.getString(6);
      String hold = r.getString(8);
      Date printedByMail = r.getDate(7);
      Date printedAfterHold = r.getDate(9);
      Date printedOn =
          printedAfterHold != null
              ? printedAfterHold
              : printedByMail != null ? printedByMail : r.getDate(4);
      Date returnedOn = r.getDate(10);
      long line = r.getLong(12);
      boolean inList = !r.wasNull();
      return new LetterFacts(
          r.getString(1),
          r.getString(2),
          r.getString(3),
          notPrinted(r.getString(5), mailPaper, hold),
          printedOn.toLocalDate(),
          returnedOn == null
              ? null
              : new LetterFacts.Recorded(
                  returnedOn.toLocalDate(), ReturnReason.valueOf(r.getString(11))),
          inList ? new LetterFacts.InThisList(line, r.getBoolean(13)) : null);
    }
  }

  /** Why a letter never went out on paper, or null when it did. */
  static String notPrinted(String exportFile, String mailPaperState, String holdState) {
    if (exportFile == null) {
      return "its run has not written its export (yet)";
    }
    if ("WITHHELD".equals(mailPaperState) || "EMAILED".equals(mailPaperState)) {
      return "it was e-mailed instead";
    }
    if ("HELD".equals(holdState)) {
      return "it is held back since an earlier letter to the resident came back";
    }
    return null;
  }
}
