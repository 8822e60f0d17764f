package jp.mynacard.renewal;

import static jp.mynacard.renewal.PaperFixture.finished;
import static jp.mynacard.renewal.PaperFixture.run;
import static jp.mynacard.renewal.ReturnFixture.addressOf;
import static jp.mynacard.renewal.ReturnFixture.hold;
import static jp.mynacard.renewal.ReturnFixture.letter;
import static jp.mynacard.renewal.ReturnFixture.moved;
import static jp.mynacard.renewal.ReturnFixture.resident;
import static jp.mynacard.renewal.ReturnFixture.returned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import jp.mynacard.export.EmailInsteadOfPaper;
import jp.mynacard.export.ReturnedLetterHolds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a run's export decides after returned letters, on the application's own schema (embedded
 * Derby; PostgreSQL with {@code -Dmynacard.test.postgresql}): a letter to a resident whose last
 * letter came back from the address the registry still holds is held back; the first run after that
 * address changed prints it, to the new address, once; nothing is lost on the way.
 */
class ReturnHoldsTest {
  private static final String OLD = "みらい市中央1丁目2番3号";
  private static final String NEW = "みらい市東2丁目5番8号";

  private Connection c;

  @BeforeEach
  void schema() throws SQLException {
    c = PaperFixture.database().getConnection();
    resident(c, "R1", OLD);
    resident(c, "R2", OLD);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  /** Run 1 (finished) wrote R1 a letter that came back; run 2 writes R1 and R2 letters. */
  private String secondRunAfterAReturn() throws SQLException {
    run(c, 1, false);
    String first = letter(c, 1, "R1");
    LetterPrinting.decide(c, 1, false);
    finished(c, 1);
    returned(c, first, "2026-04-05");
    run(c, 2, false);
    letter(c, 2, "R2");
    return letter(c, 2, "R1");
  }

  @Test
  void aLetterToAResidentWhoseLastLetterCameBackFromTheirAddressIsHeld() throws SQLException {
    String held = secondRunAfterAReturn();

    LetterPrinting.Decision d = LetterPrinting.decide(c, 2, false);

    assertEquals(new ReturnedLetterHolds(1, 0), d.holds());
    assertEquals(EmailInsteadOfPaper.NONE, d.email());
    assertEquals("HELD", hold(c, held));
    assertEquals("-", hold(c, PaperFixture.letterId(2, "R2")), "another resident's letter goes");
  }

  @Test
  void theFirstRunAfterTheAddressChangedPrintsTheHeldLetterToTheNewAddressOnce()
      throws SQLException {
    String held = secondRunAfterAReturn();
    LetterPrinting.decide(c, 2, false);
    finished(c, 2);
    moved(c, "R1", "305-0044", NEW);

    run(c, 3, false);
    ReturnedLetterHolds third = LetterPrinting.decide(c, 3, false).holds();
    finished(c, 3);
    run(c, 4, false);
    ReturnedLetterHolds fourth = LetterPrinting.decide(c, 4, false).holds();

    assertEquals(new ReturnedLetterHolds(0, 1), third);
    assertEquals("PRINTED by 3", hold(c, held));
    assertEquals("305-0044 " + NEW, addressOf(c, held));
    assertEquals(ReturnedLetterHolds.NONE, fourth, "printed once");
  }

  @Test
  void whileTheAddressStaysTheHeldLetterWaitsAndSoDoesTheNextOne() throws SQLException {
    String held = secondRunAfterAReturn();
    LetterPrinting.decide(c, 2, false);
    finished(c, 2);
    // an extract that only re-formats the address is no move
    moved(c, "R1", "305-0032", " " + OLD + " ");
    run(c, 3, false);
    String next = letter(c, 3, "R1");

    assertEquals(new ReturnedLetterHolds(1, 0), LetterPrinting.decide(c, 3, false).holds());
    assertEquals("HELD", hold(c, held));
    assertEquals("HELD", hold(c, next));
  }

  @Test
  void aMovedResidentWhoseNewLetterThisRunPrintsGetsTheHeldOneFromTheNextRun() throws SQLException {
    String held = secondRunAfterAReturn();
    LetterPrinting.decide(c, 2, false);
    finished(c, 2);
    moved(c, "R1", "305-0044", NEW);
    run(c, 3, false);
    letter(c, 3, "R1");

    assertEquals(ReturnedLetterHolds.NONE, LetterPrinting.decide(c, 3, false).holds());
    finished(c, 3);
    run(c, 4, false);

    assertEquals(new ReturnedLetterHolds(0, 1), LetterPrinting.decide(c, 4, false).holds());
    assertEquals("PRINTED by 4", hold(c, held));
  }

  @Test
  void aLetterComingBackFromTheNewAddressStopsPaperAgain() throws SQLException {
    String held = secondRunAfterAReturn();
    LetterPrinting.decide(c, 2, false);
    finished(c, 2);
    moved(c, "R1", "305-0044", NEW);
    run(c, 3, false);
    LetterPrinting.decide(c, 3, false);
    finished(c, 3);
    returned(c, held, "2026-04-20");
    run(c, 4, false);
    String fourth = letter(c, 4, "R1");

    assertEquals(new ReturnedLetterHolds(1, 0), LetterPrinting.decide(c, 4, false).holds());
    assertEquals("HELD", hold(c, fourth));
  }

  @Test
  void aLetterEmailedInsteadIsNotHeldAndIfItsEmailFailsItWaitsForTheNewAddress()
      throws SQLException {
    String emailed = secondRunAfterAReturn();
    ReturnFixture.mailed(c, emailed, 2);

    assertEquals(new ReturnedLetterHolds(0, 0), LetterPrinting.decide(c, 2, true).holds());
    PaperFixture.mailStatus(c, emailed, "UNDELIVERABLE");
    finished(c, 2);
    run(c, 3, false);
    assertEquals(0, LetterPrinting.decide(c, 3, false).email().printedAfterEmailFailed());
    finished(c, 3);
    moved(c, "R1", "305-0044", NEW);
    run(c, 4, false);

    assertEquals(1, LetterPrinting.decide(c, 4, false).email().printedAfterEmailFailed());
    assertEquals("PRINTED by 4", PaperFixture.paper(c, emailed));
    assertEquals("305-0044 " + NEW, addressOf(c, emailed));
  }

  @Test
  void aHeldLetterToAResidentWhoMovedAwayStaysHeld() throws SQLException {
    String held = secondRunAfterAReturn();
    LetterPrinting.decide(c, 2, false);
    finished(c, 2);
    moved(c, "R1", "100-0001", "東京都千代田区千代田1-1");
    ReturnFixture.status(c, "R1", "MOVED_OUT");
    run(c, 3, false);

    assertEquals(ReturnedLetterHolds.NONE, LetterPrinting.decide(c, 3, false).holds());
    assertEquals("HELD", hold(c, held));
  }
}
