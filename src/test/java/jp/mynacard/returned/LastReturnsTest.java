package jp.mynacard.returned;

import static jp.mynacard.renewal.PaperFixture.run;
import static jp.mynacard.renewal.ReturnFixture.letter;
import static jp.mynacard.renewal.ReturnFixture.moved;
import static jp.mynacard.renewal.ReturnFixture.resident;
import static jp.mynacard.renewal.ReturnFixture.returned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import jp.mynacard.renewal.PaperFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resident's last returned letter and whether paper to them is stopped, as the card status API
 * and the nightly run read it (embedded Derby; PostgreSQL with {@code -Dmynacard.test.postgresql}).
 */
class LastReturnsTest {
  private Connection c;

  @BeforeEach
  void schema() throws SQLException {
    c = PaperFixture.database().getConnection();
    resident(c, "R1", "みらい市中央1丁目2番3号");
    resident(c, "R2", "みらい市中央1丁目2番3号");
    run(c, 1, true);
    run(c, 2, true);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void aResidentWithoutReturnedLettersHasNone() throws SQLException {
    assertEquals(Optional.empty(), LastReturns.of(c, "R1"));
  }

  @Test
  void theLastReturnIsTheOneThatCameBackLatestAndItStopsPaperWhileTheAddressStays()
      throws SQLException {
    String first = letter(c, 1, "R1");
    moved(c, "R1", "305-0044", "みらい市東2丁目5番8号");
    String second = letter(c, 2, "R1");
    returned(c, second, "2026-04-10");
    returned(c, first, "2026-04-03");

    LastReturns.LastReturn last = LastReturns.of(c, "R1").orElseThrow();

    assertEquals(second, last.letterId());
    assertEquals(LocalDate.of(2026, 4, 10), last.returnedOn());
    assertEquals(ReturnReason.MOVED, last.reason());
    assertTrue(last.paperStopped(), "the second letter went to the address held now");
  }

  @Test
  void aChangedAddressLiftsTheStopButTheReturnStaysTheLast() throws SQLException {
    returned(c, letter(c, 1, "R1"), "2026-04-03");
    moved(c, "R1", "305-0044", "みらい市東2丁目5番8号");

    assertFalse(LastReturns.of(c, "R1").orElseThrow().paperStopped());
  }

  @Test
  void stoppedResidentsAreFoundAmongThoseAQuerySelects() throws SQLException {
    returned(c, letter(c, 1, "R1"), "2026-04-03");
    returned(c, letter(c, 1, "R2"), "2026-04-03");
    moved(c, "R2", "305-0044", "みらい市東2丁目5番8号");

    assertEquals(
        Set.of("R1"),
        LastReturns.stoppedAmong(c, "SELECT l.resident_id FROM letter l WHERE l.run_id = ?", 1L));
  }
}
