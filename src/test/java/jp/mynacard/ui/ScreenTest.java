package jp.mynacard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each role has one screen, and a path belongs to at most one (issue 15). */
class ScreenTest {
  @Test
  void eachRoleHasItsOwnScreen() {
    assertEquals(Optional.of(Screen.CALL_CENTER), Screen.forRole("call-center"));
    assertEquals(Optional.of(Screen.COUNTER), Screen.forRole("clerk"));
    assertEquals(Optional.of(Screen.OPERATOR), Screen.forRole("operator"));
    assertEquals(Optional.of(Screen.AUDITOR), Screen.forRole("auditor"));
    assertTrue(Screen.forRole("administrator").isEmpty());
  }

  @Test
  void aPathBelongsToTheScreenOfItsFolder() {
    assertEquals(Optional.of(Screen.COUNTER), Screen.of("/ui/counter/card.xhtml"));
    assertEquals(Optional.of(Screen.COUNTER), Screen.of("/ui/counter/validity.xhtml"));
    assertEquals(Optional.of(Screen.AUDITOR), Screen.of("/ui/audit/search.xhtml"));
    assertTrue(Screen.of("/ui/counterfeit/card.xhtml").isEmpty(), "a folder's prefix is not it");
    assertTrue(Screen.of("/ui/login.xhtml").isEmpty());
    assertTrue(Screen.of("/ui/").isEmpty());
  }

  @Test
  void eachScreensHomeLiesInItsOwnFolder() {
    for (Screen s : Screen.values()) {
      assertEquals(Optional.of(s), Screen.of(s.home()));
    }
  }
}
