package jp.mynacard.registry;

import java.time.LocalDateTime;

/**
 * Walks the audit trail in chain order and finds the first line that does not hold: a line without
 * a place in the chain, a gap or repeat in the places (a line removed or added), or a hash that
 * does not match the line's content and its predecessor (a line changed, or the chain recomputed
 * without the key). After the last line, the head must name the same last place: lines cut off the
 * end are found too.
 */
public final class AuditChainCheck {
  /**
   * What {@code GET /audit/verify} answers; {@code firstInvalidId} null when the end is missing.
   */
  public record Result(boolean valid, long events, String firstInvalidId, String problem) {}

  private final AuditChain chain;
  private String previous = AuditChain.START;
  private long expected = 1;
  private long events;
  private boolean valid = true;
  private String firstInvalidId;
  private String problem;

  public AuditChainCheck(AuditChain chain) {
    this.chain = chain;
  }

  /** The next line, in order of its place (lines without a place last). */
  public void next(
      Long seq, String id, LocalDateTime occurredAt, AuditEntry entry, String storedHash) {
    events++;
    if (!valid) {
      return;
    }
    if (seq == null) {
      invalid(id, "the line has no place in the chain");
    } else if (seq != expected) {
      invalid(
          id,
          seq > expected
              ? "lines " + expected + " to " + (seq - 1) + " of the chain are missing"
              : "the place " + seq + " appears twice");
    } else {
      String hash = chain.hash(previous, new AuditChain.Link(seq, id, occurredAt, entry));
      if (!hash.equals(storedHash)) {
        invalid(id, "the line's hash does not match its content and the line before it");
      } else {
        previous = hash;
        expected++;
      }
    }
  }

  /** The result, given the place the chain's head says was the last one written. */
  public Result finish(long headLastSeq) {
    if (valid && headLastSeq != expected - 1) {
      valid = false;
      problem =
          headLastSeq > expected - 1
              ? "lines " + expected + " to " + headLastSeq + " at the end of the chain are missing"
              : "the chain's head is behind its last line";
    }
    return new Result(valid, events, firstInvalidId, problem);
  }

  private void invalid(String id, String why) {
    valid = false;
    firstInvalidId = id;
    problem = why;
  }
}
