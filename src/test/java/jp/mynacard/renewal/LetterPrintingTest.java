package jp.mynacard.renewal;

import static jp.mynacard.renewal.PaperFixture.finished;
import static jp.mynacard.renewal.PaperFixture.letter;
import static jp.mynacard.renewal.PaperFixture.mailStatus;
import static jp.mynacard.renewal.PaperFixture.paper;
import static jp.mynacard.renewal.PaperFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import jp.mynacard.export.EmailInsteadOfPaper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a run's export decides about e-mail instead of paper, on the application's own schema
 * (embedded Derby; PostgreSQL with {@code -Dmynacard.test.postgresql}): which of its letters it
 * leaves out, and which earlier letters whose e-mail did not arrive it prints, once.
 */
class LetterPrintingTest {
  private Connection c;

  @BeforeEach
  void schema() throws SQLException {
    c = PaperFixture.database().getConnection();
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void withTheSettingARunLeavesOutTheLettersThatHaveAnEmail() throws SQLException {
    run(c, 1, false);
    String mailed = letter(c, 1, "R1", true);
    String printed = letter(c, 1, "R2", false);

    assertEquals(new EmailInsteadOfPaper(1L, 0), LetterPrinting.decide(c, 1, true).email());
    assertEquals("WITHHELD", paper(c, mailed));
    assertEquals("-", paper(c, printed));
  }

  @Test
  void withoutTheSettingNoLetterIsLeftOut() throws SQLException {
    run(c, 1, false);
    String mailed = letter(c, 1, "R1", true);

    assertEquals(EmailInsteadOfPaper.NONE, LetterPrinting.decide(c, 1, false).email());
    assertEquals("NONE", paper(c, mailed));
  }

  @Test
  void anUndeliverableEmailsLetterIsPrintedByTheNextRunAndNotByTheOneAfter() throws SQLException {
    String undeliverable = firstRunMailed("R1", "UNDELIVERABLE");
    run(c, 2, false);

    assertEquals(new EmailInsteadOfPaper(null, 1), LetterPrinting.decide(c, 2, false).email());
    assertEquals("PRINTED by 2", paper(c, undeliverable));
    finished(c, 2);
    run(c, 3, false);
    assertEquals(EmailInsteadOfPaper.NONE, LetterPrinting.decide(c, 3, false).email());
    assertEquals("PRINTED by 2", paper(c, undeliverable));
  }

  @Test
  void aFailedEmailsLetterIsPrintedEvenWithTheSettingOffNow() throws SQLException {
    String failed = firstRunMailed("R1", "FAILED");
    run(c, 2, false);

    LetterPrinting.decide(c, 2, false).email();

    assertEquals("PRINTED by 2", paper(c, failed));
  }

  @Test
  void aLetterWhoseEmailWasSentIsNeverPrinted() throws SQLException {
    String sent = firstRunMailed("R1", "SENT");
    run(c, 2, false);

    assertEquals(new EmailInsteadOfPaper(0L, 0), LetterPrinting.decide(c, 2, true).email());
    assertEquals("EMAILED", paper(c, sent));
  }

  @Test
  void aLetterLeftPendingByAFinishedRunIsPrinted() throws SQLException {
    // mail switched off before sendMail, or a run given up after its export
    String pending = firstRunMailed("R1", "PENDING");
    run(c, 2, false);

    LetterPrinting.decide(c, 2, false).email();

    assertEquals("PRINTED by 2", paper(c, pending));
  }

  @Test
  void aRunThatHasNotFinishedMaySendItsEmailsStill() throws SQLException {
    run(c, 1, false);
    String pending = letter(c, 1, "R1", true);
    LetterPrinting.decide(c, 1, true).email();
    run(c, 2, false);

    LetterPrinting.decide(c, 2, false).email();

    assertEquals("WITHHELD", paper(c, pending));
  }

  @Test
  void aResidentWhoseOwnLetterThisRunPrintsGetsTheWaitingOneFromTheNextRun() throws SQLException {
    String undeliverable = firstRunMailed("R1", "UNDELIVERABLE");
    run(c, 2, false);
    letter(c, 2, "R1", false);

    assertEquals(0, LetterPrinting.decide(c, 2, true).email().printedAfterEmailFailed());
    assertEquals("WITHHELD", paper(c, undeliverable));
    finished(c, 2);
    run(c, 3, false);
    assertEquals(1, LetterPrinting.decide(c, 3, true).email().printedAfterEmailFailed());
    assertEquals("PRINTED by 3", paper(c, undeliverable));
  }

  @Test
  void aResidentWhoseOwnLetterThisRunIsEmailedGetsTheWaitingOneOnPaper() throws SQLException {
    String undeliverable = firstRunMailed("R1", "UNDELIVERABLE");
    run(c, 2, false);
    String again = letter(c, 2, "R1", true);

    assertEquals(new EmailInsteadOfPaper(1L, 1), LetterPrinting.decide(c, 2, true).email());
    assertEquals("PRINTED by 2", paper(c, undeliverable));
    assertEquals("WITHHELD", paper(c, again));
  }

  @Test
  void twoWaitingLettersOfOneResidentArePrintedOneARunOldestFirst() throws SQLException {
    String older = firstRunMailed("R1", "FAILED");
    run(c, 2, false);
    String newer = letter(c, 2, "R1", true);
    PaperFixture.withheld(c, 2);
    mailStatus(c, newer, "UNDELIVERABLE");
    PaperFixture.finished(c, 2);
    // run 2 recorded no decision of its own here: both letters wait for run 3

    run(c, 3, false);
    assertEquals(1, LetterPrinting.decide(c, 3, false).email().printedAfterEmailFailed());
    finished(c, 3);
    run(c, 4, false);
    assertEquals(1, LetterPrinting.decide(c, 4, false).email().printedAfterEmailFailed());

    assertEquals("PRINTED by 3", paper(c, older));
    assertEquals("PRINTED by 4", paper(c, newer));
  }

  /** Run 1 (finished): a letter to {@code resident} left out for an e-mail that ended so. */
  private String firstRunMailed(String resident, String status) throws SQLException {
    run(c, 1, false);
    String letterId = letter(c, 1, resident, true);
    LetterPrinting.decide(c, 1, true).email();
    mailStatus(c, letterId, status);
    finished(c, 1);
    return letterId;
  }
}
