package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.mynacard.testing.MigratedDatabase;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly selection's SQL with a reminder one month after expiry (leadMonths 3,-1), on embedded
 * Derby with the application's migrations: which expired items a night chooses, which it counts as
 * too late, and what stays of the count of items that expired untold.
 */
class ReminderSelectionTest {
  private static final String[] TABLES = {
    "renewal_candidate", "notice", "letter", "certificate", "card", "resident"
  };
  private static EmbeddedDataSource database;
  private Connection c;

  @BeforeAll
  static void migrate() {
    database = MigratedDatabase.derby("reminder-selection");
  }

  @BeforeEach
  void connect() throws SQLException {
    c = database.getConnection();
  }

  @AfterEach
  void empty() throws SQLException {
    for (String table : TABLES) {
      execute("DELETE FROM " + table);
    }
    c.close();
  }

  @Test
  void anUnrenewedCardIsChosenFromTheNightAMonthAfterItsExpiryForAMonth() throws Exception {
    card("A", "2027-01-31");

    assertEquals(List.of(), chosen("2027-02-27"));
    assertEquals(List.of("CARD CA 2027-01-31 -1"), chosen("2027-02-28"));
    assertEquals(List.of("CARD CA 2027-01-31 -1"), chosen("2027-03-27"));
    assertEquals(List.of(), chosen("2027-03-28"), "a month after its reminder date: too late");
  }

  @Test
  void anItemAlreadyRemindedIsNotChosenAgain() throws Exception {
    card("A", "2027-01-31");
    told("A", "2027-01-31", -1);

    assertEquals(List.of(), chosen("2027-03-01"));
  }

  @Test
  void aNoticeBeforeExpiryDoesNotStandForTheReminder() throws Exception {
    card("A", "2027-01-31");
    told("A", "2027-01-31", 3);

    assertEquals(List.of("CARD CA 2027-01-31 -1"), chosen("2027-03-01"));
  }

  @Test
  void aNightChoosesItemsAheadAndExpiredOnesUnderTheirOwnLeadTimes() throws Exception {
    card("A", "2027-05-31");
    certificate("A", "2027-01-31");

    assertEquals(List.of("CARD CA 2027-05-31 3", "CERT UA 2027-01-31 -1"), chosen("2027-03-01"));
  }

  @Test
  void remindersTooLateAreCountedPerItemAndReminderLeadTime() throws Exception {
    card("A", "2026-12-31"); // reminded from 2027-01-31 to 2027-02-27: too late on 03-01
    card("B", "2027-01-31"); // due
    card("C", "2026-06-30");
    told("C", "2026-06-30", -1); // reminded long ago: not too late, done
    card("D", "2026-06-30");
    execute("UPDATE card SET card_status = 'SUSPENDED' WHERE card_id = 'CD'"); // not told at all

    LocalDate night = LocalDate.parse("2027-03-01");

    assertEquals(1, RemindersTooLate.count(c, night, List.of(3, -1)));
    // two months after: C, reminded one month after, is too late for it; A is not yet due
    assertEquals(2, RemindersTooLate.count(c, night, List.of(3, -1, -2)));
  }

  @Test
  void withoutRemindersNothingIsTooLate() throws Exception {
    card("A", "2020-01-31");

    assertEquals(0, RemindersTooLate.count(c, LocalDate.parse("2027-03-01"), List.of(3, 1)));
  }

  @Test
  void anItemRemindedAfterItsExpiryIsNoLongerExpiredNeverNotified() throws Exception {
    card("A", "2027-01-31");
    LocalDate night = LocalDate.parse("2027-03-01");

    assertEquals(1, CandidateSelection.expiredNeverNotified(c, night));
    told("A", "2027-01-31", -1);
    assertEquals(0, CandidateSelection.expiredNeverNotified(c, night));
  }

  private List<String> chosen(String night) throws SQLException {
    RenewalParameters p =
        new RenewalParameters(
            LocalDate.parse(night), List.of(3, -1), false, "/x", 500, 1, true, Pacing.OFF);
    CandidateSelection.select(c, new RenewalRun(7, p, LocalDateTime.now()));
    List<String> rows = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT item_type, item_ref, expires_on, lead_months FROM renewal_candidate"
                    + " WHERE run_id = 7 ORDER BY item_type, item_ref, lead_months DESC");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(
            r.getString(1).strip() + " " + r.getString(2) + " " + r.getDate(3) + " " + r.getInt(4));
      }
    }
    return rows;
  }

  /** A national living here with an active card (and no certificate unless added). */
  private void card(String id, String expires) throws SQLException {
    execute(
        "INSERT INTO resident (resident_id, number_hash, number_sealed, family_name, given_name,"
            + " birth_date, sex, address, nationality, residence_status, lang, email_consent,"
            + " resident_status, current_card_id, updated_at, row_version) VALUES (?, ?, 'x',"
            + " '山田', '花子', DATE('1980-01-01'), 'F', '-', 'JP', NULL, 'ja', FALSE, 'RESIDENT', ?,"
            + " CURRENT_TIMESTAMP, 0)",
        id,
        "hash-" + id,
        "C" + id);
    Date e = Date.valueOf(expires);
    execute(
        "INSERT INTO card (card_id, resident_id, application_received_on, issued_on, expires_on,"
            + " computed_expires_on, effective_expires_on, card_status, user_cert_serial,"
            + " sign_cert_serial, row_version) VALUES (?, ?, DATE('2017-01-01'),"
            + " DATE('2017-01-01'), ?, ?, ?, 'ACTIVE', ?, NULL, 0)",
        "C" + id,
        id,
        e,
        e,
        e,
        "U" + id);
  }

  private void certificate(String id, String expires) throws SQLException {
    Date e = Date.valueOf(expires);
    execute(
        "INSERT INTO certificate (serial, card_id, kind, issued_on, expires_on,"
            + " computed_expires_on, effective_expires_on, cert_status, row_version)"
            + " VALUES (?, ?, 'USER_IDENTIFICATION', DATE('2022-01-01'), ?, ?, ?, 'ACTIVE', 0)",
        "U" + id,
        "C" + id,
        e,
        e,
        e);
  }

  private void told(String id, String expires, int lead) throws SQLException {
    String letter = "L" + id + lead;
    execute(
        "INSERT INTO letter (letter_id, run_id, as_of, resident_id, lang, address, addressee,"
            + " earliest_expires_on, created_at) VALUES (?, 1, DATE('2026-01-01'), ?, 'ja', '-',"
            + " '-', ?, CURRENT_TIMESTAMP)",
        letter,
        id,
        Date.valueOf(expires));
    execute(
        "INSERT INTO notice (item_type, item_ref, expires_on, lead_months, item_kind, letter_id,"
            + " resident_id, created_at) VALUES ('CARD', ?, ?, ?, 'CARD', ?, ?, CURRENT_TIMESTAMP)",
        "C" + id,
        Date.valueOf(expires),
        lead,
        letter,
        id);
  }

  private void execute(String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }
}
