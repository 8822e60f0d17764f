package jp.mynacard.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.mynacard.card.AbolitionReason;
import jp.mynacard.card.CardNotFound;
import jp.mynacard.registry.PinKind;
import jp.mynacard.registry.RegistryLimits;
import jp.mynacard.registry.SuspensionReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of the card endpoints (public fields, for JSON-B) and their checks. Values are
 * read as strings and checked here, so a wrong one gets a message that names the field and the
 * allowed values rather than a parser's complaint.
 */
public final class CardRequests {
  private static final Pattern CARD_ID =
      Pattern.compile("[A-Za-z0-9_-]{1," + RegistryLimits.CARD_ID + "}");

  /** How a report reached the municipality. */
  public enum Channel {
    PHONE,
    COUNTER,
    ONLINE,
    POST,
    POLICE,
    OTHER
  }

  /** {@code POST /cards/{cardId}/suspension}. */
  @Schema(name = "SuspensionRequest")
  public static class Suspension {
    @Schema(required = true, implementation = SuspensionReason.class)
    public String reason;

    @Schema(required = true, implementation = Channel.class)
    public String channel;

    /** When the resident reported the loss, ISO-8601 with offset; default: now. */
    @Schema(format = "date-time")
    public String reportedAt;
  }

  /** {@code DELETE /cards/{cardId}/suspension}. */
  @Schema(name = "CancellationRequest")
  public static class Cancellation {
    /** The holder's identity was checked at the counter: must be true. */
    @Schema(required = true)
    public Boolean identityVerified;
  }

  /** {@code POST /cards/{cardId}/abolition}. */
  @Schema(name = "AbolitionRequest")
  public static class Abolition {
    @Schema(required = true, implementation = AbolitionReason.class)
    public String reason;
  }

  /** {@code POST /cards/{cardId}/pin-reset} and {@code /pin-lock}. */
  @Schema(name = "PinRequest")
  public static class Pin {
    @Schema(required = true, implementation = PinKind.class)
    public String pin;

    /** For a lock report: how it reached the municipality (default PHONE). */
    @Schema(implementation = Channel.class)
    public String channel;
  }

  private CardRequests() {}

  /** A card id that cannot exist is simply not found: 404, never an echo of the input. */
  public static String cardId(String cardId) {
    if (cardId == null || !CARD_ID.matcher(cardId).matches()) {
      throw new CardNotFound();
    }
    return cardId;
  }

  public static <T> T body(T body) {
    if (body == null) {
      throw new BadRequest("a JSON body is required");
    }
    return body;
  }

  public static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequest(field + " is required: one of " + names(type));
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(field + " must be one of " + names(type));
    }
  }

  /** A report time: ISO-8601 with offset, not in the future (5 minutes' clock skew allowed). */
  public static Instant reportedAt(String value) {
    Instant t = RequestTimes.parse("reportedAt", value);
    if (t != null && t.isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
      throw new BadRequest("reportedAt lies in the future");
    }
    return t;
  }

  public static SuspensionReason reason(Suspension s) {
    return oneOf(SuspensionReason.class, "reason", s.reason);
  }

  public static String channel(String value) {
    return oneOf(Channel.class, "channel", value).name();
  }

  public static AbolitionReason reason(Abolition a) {
    return oneOf(AbolitionReason.class, "reason", a.reason);
  }

  public static PinKind pin(Pin p) {
    return oneOf(PinKind.class, "pin", p.pin);
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.toString(type.getEnumConstants());
  }
}
