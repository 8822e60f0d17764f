package jp.mynacard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The audit trail's hash chain: what changes a hash, and what the check finds. */
class AuditChainTest {
  private static final LocalDateTime T = LocalDateTime.of(2026, 12, 6, 3, 0, 0, 123_456_000);

  private static AuditChain chain(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return new AuditChain(new SecretKeySpec(key, "HmacSHA256"));
  }

  private static AuditEntry entry(String reason, String detail) {
    return new AuditEntry(
        "clerk", "clerk", "SUSPENDED", "CARD", "C1", "R1", reason, "counter", detail);
  }

  private record Stored(long seq, String id, AuditEntry entry, String hash) {}

  /** A chain of {@code n} lines as {@link AuditLog} writes it. */
  private static List<Stored> written(AuditChain chain, int n) {
    List<Stored> lines = new ArrayList<>();
    String previous = AuditChain.START;
    for (int i = 1; i <= n; i++) {
      AuditEntry e = entry("loss " + i, null);
      String hash = chain.hash(previous, new AuditChain.Link(i, "id" + i, T, e));
      lines.add(new Stored(i, "id" + i, e, hash));
      previous = hash;
    }
    return lines;
  }

  private static AuditChainCheck.Result check(AuditChain chain, List<Stored> lines, long head) {
    AuditChainCheck check = new AuditChainCheck(chain);
    for (Stored s : lines) {
      check.next(s.seq() == 0 ? null : s.seq(), s.id(), T, s.entry(), s.hash());
    }
    return check.finish(head);
  }

  @Test
  void everyFieldOfTheLineAndThePreviousHashEnterTheHash() {
    AuditChain chain = chain(1);
    AuditChain.Link link = new AuditChain.Link(1, "id", T, entry("loss", null));
    String hash = chain.hash(AuditChain.START, link);
    assertEquals(64, hash.length());
    assertEquals(hash, chain.hash(AuditChain.START, link), "deterministic");
    assertNotEquals(hash, chain.hash("1".repeat(64), link));
    assertNotEquals(
        hash, chain.hash(AuditChain.START, new AuditChain.Link(2, "id", T, link.entry())));
    assertNotEquals(
        hash,
        chain.hash(
            AuditChain.START, new AuditChain.Link(1, "id", T.plusNanos(1000), link.entry())));
    assertNotEquals(
        hash, chain.hash(AuditChain.START, new AuditChain.Link(1, "id", T, entry("loss.", null))));
    assertNotEquals(hash, chain(2).hash(AuditChain.START, link), "another key");
  }

  @Test
  void nullEmptyAndLookalikeFieldsHashApart() {
    AuditChain chain = chain(1);
    String absent =
        chain.hash(AuditChain.START, new AuditChain.Link(1, "id", T, entry(null, null)));
    String empty = chain.hash(AuditChain.START, new AuditChain.Link(1, "id", T, entry("", null)));
    String dash = chain.hash(AuditChain.START, new AuditChain.Link(1, "id", T, entry("-", null)));
    // a separator moved from one field into the next must not give the same encoding
    String shifted =
        chain.hash(AuditChain.START, new AuditChain.Link(1, "id", T, entry("a;", "b")));
    String unshifted =
        chain.hash(AuditChain.START, new AuditChain.Link(1, "id", T, entry("a", ";b")));
    assertEquals(3, java.util.Set.of(absent, empty, dash).size());
    assertNotEquals(shifted, unshifted);
  }

  @Test
  void storedTimeKeepsMicrosecondsAsPostgresDoes() {
    assertEquals(
        LocalDateTime.of(2026, 1, 1, 0, 0, 0, 123_456_000),
        AuditChain.storedTime(LocalDateTime.of(2026, 1, 1, 0, 0, 0, 123_456_789)));
  }

  @Test
  void anUntouchedChainIsValid() {
    AuditChain chain = chain(1);
    AuditChainCheck.Result result = check(chain, written(chain, 5), 5);
    assertTrue(result.valid());
    assertEquals(5, result.events());
    assertNull(result.firstInvalidId());
    assertTrue(check(chain, List.of(), 0).valid(), "an empty trail");
  }

  @Test
  void aChangedLineIsNamedAndEveryLineIsStillCounted() {
    AuditChain chain = chain(1);
    List<Stored> lines = written(chain, 5);
    Stored third = lines.get(2);
    lines.set(2, new Stored(3, third.id(), entry("found again", null), third.hash()));
    AuditChainCheck.Result result = check(chain, lines, 5);
    assertFalse(result.valid());
    assertEquals("id3", result.firstInvalidId());
    assertEquals(5, result.events());
  }

  @Test
  void aLineRecomputedWithoutTheKeyIsNamed() {
    AuditChain chain = chain(1);
    List<Stored> lines = written(chain, 3);
    AuditEntry changed = entry("found again", null);
    String forged = chain(9).hash(lines.get(0).hash(), new AuditChain.Link(2, "id2", T, changed));
    lines.set(1, new Stored(2, "id2", changed, forged));
    assertEquals("id2", check(chain, lines, 3).firstInvalidId());
  }

  @Test
  void aRemovedLineInTheMiddleNamesTheLineAfterTheGap() {
    AuditChain chain = chain(1);
    List<Stored> lines = written(chain, 5);
    lines.remove(1);
    AuditChainCheck.Result result = check(chain, lines, 5);
    assertFalse(result.valid());
    assertEquals("id3", result.firstInvalidId());
    assertTrue(result.problem().contains("missing"), result.problem());
  }

  @Test
  void linesCutOffTheEndAreFoundThroughTheHead() {
    AuditChain chain = chain(1);
    List<Stored> lines = written(chain, 5);
    AuditChainCheck.Result result = check(chain, lines.subList(0, 3), 5);
    assertFalse(result.valid());
    assertNull(result.firstInvalidId());
    assertTrue(result.problem().contains("4 to 5"), result.problem());
  }

  @Test
  void swappedLinesAndALineWithoutAPlaceAreNamed() {
    AuditChain chain = chain(1);
    List<Stored> lines = written(chain, 4);
    Stored second = lines.get(1);
    Stored third = lines.get(2);
    lines.set(1, new Stored(2, third.id(), third.entry(), third.hash()));
    lines.set(2, new Stored(3, second.id(), second.entry(), second.hash()));
    assertEquals("id3", check(chain, lines, 4).firstInvalidId());

    List<Stored> unplaced = written(chain, 2);
    unplaced.add(new Stored(0, "inserted", entry("x", null), null));
    assertEquals("inserted", check(chain, unplaced, 2).firstInvalidId());
  }
}
