package jp.mynacard.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mynacard.testing.MigratedDatabase;
import jp.mynacard.validity.ValidityRules;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forecast's SQL on embedded Derby with the application's migrations: which items count, how
 * letters and visits add up, and that a forecast leaves its work tables empty. Range 2031-02-24
 * (Monday, week 9) to 2031-06-01 (Sunday, week 22), as of 2031-02-24 unless said.
 */
class ForecastQueriesTest {
  private static final LocalDate FROM = LocalDate.of(2031, 2, 24);
  private static final LocalDate TO = LocalDate.of(2031, 6, 1);
  private static final String[] TABLES = {"notice", "letter", "certificate", "card", "resident"};

  /** Migrated once (a second each); each test empties the registry tables after itself. */
  private static EmbeddedDataSource database;

  private Connection c;

  @BeforeAll
  static void migrate() {
    database = MigratedDatabase.derby("forecast-queries");
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
  void aCardAndBothCertificatesToldOnOneNightAreOneLetterOfTwoVisits() throws Exception {
    national("A", "1981-05-31", "2031-05-31").certs("2031-05-30", "ACTIVE");

    Map<String, List<Long>> weeks = forecast(FROM, List.of(3));

    // 2031-02-28 + 3 months = 05-28, short of both: both first told on 03-01
    assertEquals(
        Map.of(
            "2031-W09",
            List.of(0L, 0L, 0L, 0L, 1L, 2L),
            "2031-W22",
            List.of(1L, 0L, 1L, 1L, 0L, 0L)),
        weeks);
  }

  @Test
  void aCardThatEndsWithTheStayIsAStayItemOfOneVisitWithItsCertificates() throws Exception {
    resident("B", "RESIDENT", "VN", "1990-05-30", "ENGINEER")
        .card("2026-06-01", "2031-05-31", "ACTIVE")
        .certs("2031-05-30", "ACTIVE");

    assertEquals(
        Map.of(
            "2031-W09",
            List.of(0L, 0L, 0L, 0L, 1L, 1L),
            "2031-W22",
            List.of(0L, 1L, 1L, 1L, 0L, 0L)),
        forecast(FROM, List.of(3)));
  }

  @Test
  void aForeignResidentsCardEndingOnTheBirthdayRulesDateIsACard() throws Exception {
    resident("F", "RESIDENT", "VN", "1981-05-31", "ENGINEER")
        .card("2021-06-15", "2031-05-31", "ACTIVE")
        .certs("2031-05-31", "ACTIVE");

    assertEquals(
        Map.of(
            "2031-W09",
            List.of(0L, 0L, 0L, 0L, 1L, 2L),
            "2031-W22",
            List.of(1L, 0L, 0L, 0L, 0L, 0L)),
        forecast(FROM, List.of(3)));
  }

  @Test
  void skippedResidentsCardsAndCertificatesCountNowhere() throws Exception {
    resident("D", "DECEASED", "JP", "1981-04-16", null).card("2021-06-15", "2031-04-16", "ACTIVE");
    resident("M", "MOVED_OUT", "JP", "1981-04-16", null).card("2021-06-15", "2031-04-16", "ACTIVE");
    national("S", "1981-04-16", "2031-04-16").status("SUSPENDED");
    national("X", "1981-04-16", "2031-04-16").status("ABOLISHED");
    national("H", "1980-03-10", "2036-03-10").certs("2031-03-10", "HELD");
    national("R", "1980-03-10", "2036-03-10").certs("2031-03-10", "REVOKED");
    national("O", "1981-04-16", "2031-04-16").notCurrent();

    assertEquals(Map.of(), forecast(FROM, List.of(3)));
  }

  @Test
  void anItemToldAlreadyForItsExpiryAndLeadTimeExpiresButIsNotSentAgain() throws Exception {
    national("T", "1981-05-14", "2031-05-14").told("2031-05-14", 3);

    assertEquals(Map.of("2031-W20", List.of(1L, 0L, 0L, 0L, 0L, 0L)), forecast(FROM, List.of(3)));
  }

  @Test
  void anItemWhoseFirstNightPassedUntoldIsCaughtUpOnAsOf() throws Exception {
    national("C", "1981-04-16", "2031-04-16");

    assertEquals(
        Map.of(
            "2031-W09",
            List.of(0L, 0L, 0L, 0L, 1L, 2L),
            "2031-W16",
            List.of(1L, 0L, 0L, 0L, 0L, 0L)),
        forecast(FROM, List.of(3)));
  }

  @Test
  void aReminderUnderAShorterLeadTimeIsALetterThatBringsNoVisit() throws Exception {
    national("R", "1981-05-14", "2031-05-14");

    // 3 months: first night 02-14 passed, caught up on 02-24; 1 month: 04-14 (week 16)
    assertEquals(
        Map.of(
            "2031-W09", List.of(0L, 0L, 0L, 0L, 1L, 2L),
            "2031-W16", List.of(0L, 0L, 0L, 0L, 1L, 0L),
            "2031-W20", List.of(1L, 0L, 0L, 0L, 0L, 0L)),
        forecast(FROM, List.of(3, 1)));
  }

  @Test
  void anItemToldBeforeTheForecastBringsNoVisitWithItsReminder() throws Exception {
    national("P", "1981-05-14", "2031-05-14").told("2031-05-14", 3);

    assertEquals(
        Map.of(
            "2031-W16", List.of(0L, 0L, 0L, 0L, 1L, 0L),
            "2031-W20", List.of(1L, 0L, 0L, 0L, 0L, 0L)),
        forecast(FROM, List.of(3, 1)));
  }

  @Test
  void anItemDueUnderTwoLeadTimesOnOneNightIsOneLetter() throws Exception {
    national("Q", "1981-03-10", "2031-03-10");

    // inside both windows on asOf's night: one letter, its visits once
    assertEquals(
        Map.of(
            "2031-W09", List.of(0L, 0L, 0L, 0L, 1L, 2L),
            "2031-W11", List.of(1L, 0L, 0L, 0L, 0L, 0L)),
        forecast(FROM, List.of(3, 1)));
  }

  @Test
  void certificatesAloneAreOneLetterOfOneVisit() throws Exception {
    national("E", "1980-03-10", "2036-03-10").certs("2031-03-10", "ACTIVE");

    assertEquals(
        Map.of(
            "2031-W09", List.of(0L, 0L, 0L, 0L, 1L, 1L),
            "2031-W11", List.of(0L, 0L, 1L, 1L, 0L, 0L)),
        forecast(FROM, List.of(3)));
  }

  @Test
  void nothingBeforeAsOfIsSentAndWhatExpiredBeforeItIsNeverMailed() throws Exception {
    national("Y", "1981-03-03", "2031-03-03");
    national("Z", "1981-05-28", "2031-05-28");

    // as of 03-05: Y expired untold (no letter); Z's night 02-28 passed: caught up on 03-05
    assertEquals(
        Map.of(
            "2031-W10", List.of(1L, 0L, 0L, 0L, 1L, 2L),
            "2031-W22", List.of(1L, 0L, 0L, 0L, 0L, 0L)),
        forecast(LocalDate.of(2031, 3, 5), List.of(3)));
  }

  @Test
  void anItemThatExpiredUntoldIsRemindedAMonthAfterAndItsReminderBringsItsVisits()
      throws Exception {
    national("A", "1981-02-10", "2031-02-10");

    // 2031-03-10 (Monday of week 11): the first letter it gets, a new card's two visits
    assertEquals(
        Map.of("2031-W11", List.of(0L, 0L, 0L, 0L, 1L, 2L)), forecast(FROM, List.of(3, -1)));
  }

  @Test
  void aReminderOfAnItemToldBeforeItsExpiryIsALetterThatBringsNoVisit() throws Exception {
    national("A", "1981-03-20", "2031-03-20");

    // caught up on asOf under 3 months (week 9), expires in week 12, reminded 04-20 (week 16)
    assertEquals(
        Map.of(
            "2031-W09",
            List.of(0L, 0L, 0L, 0L, 1L, 2L),
            "2031-W12",
            List.of(1L, 0L, 0L, 0L, 0L, 0L),
            "2031-W16",
            List.of(0L, 0L, 0L, 0L, 1L, 0L)),
        forecast(FROM, List.of(3, -1)));
  }

  @Test
  void anItemMoreThanAMonthPastItsReminderDateIsNeverMailed() throws Exception {
    // reminded from 2030-12-30 to 2031-01-29: too late on asOf
    national("A", "1980-11-30", "2030-11-30");

    assertEquals(Map.of(), forecast(FROM, List.of(3, -1)));
  }

  @Test
  void aLapsedStayCardRemindedAfterExpiryTakesANewCardsTwoVisits() throws Exception {
    resident("B", "RESIDENT", "VN", "1995-08-01", "STUDENT")
        .card("2029-02-11", "2031-02-10", "ACTIVE");

    assertEquals(
        Map.of("2031-W11", List.of(0L, 0L, 0L, 0L, 1L, 2L)), forecast(FROM, List.of(3, -1)));
  }

  @Test
  void aRemindedItemIsNotRemindedAgain() throws Exception {
    national("A", "1981-02-10", "2031-02-10").told("2031-02-10", -1);

    assertEquals(Map.of(), forecast(FROM, List.of(3, -1)));
  }

  /** The weeks with anything: card, stay, userCert, signCert, letters, visits. */
  private Map<String, List<Long>> forecast(LocalDate asOf, List<Integer> leads)
      throws SQLException {
    ForecastTable t =
        ForecastQueries.forecast(
            c, new ForecastRange(FROM, TO, asOf), leads, ValidityRules.standard());
    Map<String, List<Long>> weeks = new LinkedHashMap<>();
    for (ForecastWeek w : t.weeks()) {
      List<Long> n =
          List.of(w.card(), w.stay(), w.userCert(), w.signCert(), w.letters(), w.visits());
      if (n.stream().anyMatch(v -> v != 0)) {
        weeks.put(w.week(), n);
      }
    }
    return weeks;
  }

  private Resident national(String id, String born, String cardExpires) throws SQLException {
    return resident(id, "RESIDENT", "JP", born, null).card("2021-06-15", cardExpires, "ACTIVE");
  }

  private Resident resident(
      String id, String status, String nationality, String born, String residenceStatus)
      throws SQLException {
    execute(
        "INSERT INTO resident (resident_id, number_hash, number_sealed, family_name, given_name,"
            + " birth_date, sex, address, nationality, residence_status, lang, email_consent,"
            + " resident_status, current_card_id, updated_at, row_version) VALUES (?, ?, 'x',"
            + " '山田', '花子', ?, 'F', '-', ?, ?, 'ja', FALSE, ?, ?, CURRENT_TIMESTAMP, 0)",
        id,
        "hash-" + id,
        Date.valueOf(born),
        nationality,
        residenceStatus,
        status,
        "C" + id);
    return new Resident(id);
  }

  /** A resident's registry rows, added to step by step. */
  private final class Resident {
    private final String id;

    Resident(String id) {
      this.id = id;
    }

    Resident card(String issued, String expires, String status) throws SQLException {
      Date e = Date.valueOf(expires);
      execute(
          "INSERT INTO card (card_id, resident_id, application_received_on, issued_on,"
              + " expires_on, computed_expires_on, effective_expires_on, card_status,"
              + " user_cert_serial, sign_cert_serial, row_version)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
          "C" + id,
          id,
          Date.valueOf(issued),
          Date.valueOf(issued),
          e,
          e,
          e,
          status,
          "U" + id,
          "S" + id);
      return this;
    }

    Resident certs(String expires, String status) throws SQLException {
      for (String kind : new String[] {"U", "S"}) {
        Date e = Date.valueOf(expires);
        execute(
            "INSERT INTO certificate (serial, card_id, kind, issued_on, expires_on,"
                + " computed_expires_on, effective_expires_on, cert_status, row_version)"
                + " VALUES (?, ?, ?, DATE('2026-06-15'), ?, ?, ?, ?, 0)",
            kind + id,
            "C" + id,
            kind.equals("U") ? "USER_IDENTIFICATION" : "SIGNATURE",
            e,
            e,
            e,
            status);
      }
      return this;
    }

    Resident status(String cardStatus) throws SQLException {
      execute("UPDATE card SET card_status = ? WHERE card_id = ?", cardStatus, "C" + id);
      return this;
    }

    /** The card was replaced: the resident's current card is another one, not in the range. */
    Resident notCurrent() throws SQLException {
      execute("UPDATE resident SET current_card_id = 'NEW' WHERE resident_id = ?", id);
      return this;
    }

    Resident told(String expires, int lead) throws SQLException {
      execute(
          "INSERT INTO letter (letter_id, run_id, as_of, resident_id, lang, address, addressee,"
              + " earliest_expires_on, created_at) VALUES (?, 1, DATE('2031-02-01'), ?, 'ja',"
              + " '-', '-', ?, CURRENT_TIMESTAMP)",
          "L" + id,
          id,
          Date.valueOf(expires));
      execute(
          "INSERT INTO notice (item_type, item_ref, expires_on, lead_months, item_kind,"
              + " letter_id, resident_id, created_at) VALUES ('CARD', ?, ?, ?, 'CARD', ?, ?,"
              + " CURRENT_TIMESTAMP)",
          "C" + id,
          Date.valueOf(expires),
          lead,
          "L" + id,
          id);
      return this;
    }
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
