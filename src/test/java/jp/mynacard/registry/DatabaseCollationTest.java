package jp.mynacard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseCollationTest {
  @Test
  void byteOrderCollationsNeedNoWarning() {
    assertEquals(Optional.empty(), DatabaseCollation.warning("mynacard", "C"));
    assertEquals(Optional.empty(), DatabaseCollation.warning("mynacard", "POSIX"));
  }

  @Test
  void aLinguisticCollationIsNamedWithWhatToDo() {
    String warning = DatabaseCollation.warning("mynacard", "C.UTF-8").orElseThrow();
    assertTrue(warning.startsWith("database mynacard collates text as C.UTF-8: "), warning);
    assertTrue(warning.contains("create the database with LC_COLLATE 'C'"), warning);
    assertTrue(DatabaseCollation.warning("mynacard", "ja_JP.UTF-8").isPresent());
  }
}
