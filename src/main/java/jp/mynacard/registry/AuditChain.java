package jp.mynacard.registry;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The hash chain over the audit trail: line {@code n} carries {@code HMAC-SHA256(key, hash of line
 * n-1 ‖ line n)}, so changing, removing or reordering a line breaks every hash from there on, and
 * without the key (kept apart from the database) nobody can compute a new chain that matches.
 *
 * <p>The line is encoded field by field with its length ({@code -} for null), so no two different
 * lines encode alike however their texts look. Times are cut to microseconds before they are stored
 * and hashed: PostgreSQL keeps no more, and a hash over nanoseconds it rounded away would never
 * verify.
 */
public final class AuditChain {
  /** The previous hash of the first line. */
  public static final String START = "0".repeat(64);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  private final SecretKey key;

  public AuditChain(SecretKey key) {
    this.key = key;
  }

  /** An audit line as it is chained: its place, its id, its time and what it says. */
  public record Link(long seq, String id, LocalDateTime occurredAt, AuditEntry entry) {}

  /** The time an audit line is stored with. */
  public static LocalDateTime storedTime(LocalDateTime time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  /** The hash of {@code link} following a line whose hash is {@code previous}. */
  public String hash(String previous, Link link) {
    AuditEntry e = link.entry();
    StringBuilder text = new StringBuilder(256);
    field(text, previous);
    field(text, Long.toString(link.seq()));
    field(text, link.id());
    field(text, TIME.format(link.occurredAt()));
    field(text, e.principal());
    field(text, e.role());
    field(text, e.action());
    field(text, e.targetType());
    field(text, e.targetId());
    field(text, e.residentId());
    field(text, e.reason());
    field(text, e.channel());
    field(text, e.detail());
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of()
          .formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e2) {
      throw new IllegalStateException("HmacSHA256 is not available", e2);
    }
  }

  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append('-');
    } else {
      text.append(value.length()).append(':').append(value);
    }
    text.append(';');
  }
}
