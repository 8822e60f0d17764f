package jp.mynacard.card;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.PinKind;
import jp.mynacard.returned.ReturnReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of {@code GET /api/v1/cards/{cardId}}: what a call-center operator or a counter clerk
 * needs to tell a resident where their card stands. Public fields, for JSON-B. Dates ISO {@code
 * yyyy-MM-dd}, times ISO instants in UTC; a value that does not apply is null, never left out. No
 * name, address or Individual Number: the card id already identifies the resident to whoever may
 * ask.
 *
 * <p>The {@code @Schema} annotations make the OpenAPI document say the same: every field {@code
 * required} (always sent), the ones that can be null {@code nullable}.
 */
@JsonbNillable
public class CardStatusView {
  @Schema(required = true)
  public String cardId;

  @Schema(required = true)
  public String residentId;

  /** {@code ACTIVE}, {@code SUSPENDED} or {@code ABOLISHED}. */
  @Schema(required = true, implementation = CardStatus.class)
  public String status;

  /** Null for a card whose status never changed since it was issued. */
  @Schema(required = true, nullable = true, format = "date-time")
  public String statusChangedAt;

  @Schema(required = true, format = "date")
  public String issuedOn;

  @Schema(required = true, format = "date")
  public String expiresOn;

  /** Whether the card is past its expiry date today (Asia/Tokyo). */
  @Schema(required = true)
  public boolean expired;

  @Schema(required = true)
  public RenewalWindowView renewalWindow;

  @Schema(required = true)
  public List<CertificateView> certificates;

  @Schema(required = true)
  public List<PinView> pins;

  /** The open suspension, or null (nullable in its schema: see {@link SuspensionView}). */
  @Schema(required = true)
  public SuspensionView suspension;

  /** The last letter to the card's resident that came back undelivered, or null. */
  @Schema(required = true)
  public ReturnedLetterView lastReturnedLetter;

  /**
   * From when the card can be renewed: the window of the date the resident is told ({@code
   * expiresOn} here), the earlier of the recorded and the computed expiry.
   */
  @JsonbNillable
  public static class RenewalWindowView {
    @Schema(required = true, format = "date")
    public String opensOn;

    @Schema(required = true, format = "date")
    public String expiresOn;

    /** {@code NOT_YET_OPEN}, {@code OPEN} or {@code EXPIRED} (renewal is still free then). */
    @Schema(
        required = true,
        enumeration = {"NOT_YET_OPEN", "OPEN", "EXPIRED"})
    public String state;
  }

  /** One of the card's certificates. */
  @JsonbNillable
  public static class CertificateView {
    /** {@code USER_IDENTIFICATION} or {@code SIGNATURE}. */
    @Schema(
        required = true,
        enumeration = {"USER_IDENTIFICATION", "SIGNATURE"})
    public String kind;

    /** Upper-case hexadecimal, as {@code openssl x509 -serial} prints it. */
    @Schema(required = true)
    public String serial;

    /** {@code ACTIVE}, {@code HELD} (on hold while the card is suspended) or {@code REVOKED}. */
    @Schema(required = true, implementation = CertificateStatus.class)
    public String status;

    /** RFC 5280 reason name when revoked, e.g. {@code keyCompromise}; else null. */
    @Schema(required = true, nullable = true)
    public String revocationReason;

    @Schema(required = true, nullable = true, format = "date-time")
    public String statusChangedAt;

    @Schema(required = true, format = "date")
    public String issuedOn;

    @Schema(required = true, format = "date")
    public String expiresOn;

    @Schema(required = true)
    public boolean expired;

    @Schema(required = true, format = "date")
    public String renewalOpensOn;
  }

  /** One of the card's four PINs. */
  @JsonbNillable
  public static class PinView {
    @Schema(required = true, implementation = PinKind.class)
    public String pin;

    @Schema(required = true)
    public boolean locked;

    /** When the lock was recorded; null while the PIN is not locked. */
    @Schema(required = true, nullable = true, format = "date-time")
    public String lockedAt;

    @Schema(required = true)
    public int wrongTriesToLock;
  }

  /**
   * A suspension: the loss report and when the registry changed. Nullable as a whole, since the
   * document is OpenAPI 3.0: there a {@code $ref} cannot be made nullable where it is used, only
   * the schema it points to (this one is used only as {@code suspension}). The fields the
   * resident-record import leaves unknown are null.
   */
  @JsonbNillable
  @Schema(nullable = true)
  public static class SuspensionView {
    /** {@code LOST}, {@code STOLEN} or {@code OTHER}; null for a suspension the import recorded. */
    @Schema(required = true, nullable = true)
    public String reason;

    /** How the report came in; {@code registry import} for a suspension the import recorded. */
    @Schema(required = true)
    public String channel;

    @Schema(required = true, nullable = true, format = "date-time")
    public String reportedAt;

    @Schema(required = true, nullable = true, format = "date-time")
    public String suspendedAt;

    @Schema(required = true, nullable = true)
    public String suspendedBy;
  }

  /**
   * A letter returned undelivered (issue 14): its id, the day it came back and why ({@code
   * ADDRESS_UNKNOWN}, {@code REFUSED}, {@code MOVED}, {@code OTHER}), and whether paper letters to
   * the resident are stopped now, because the registry still holds the address it went to.
   */
  @JsonbNillable
  @Schema(nullable = true) // as a whole, like SuspensionView: used only as lastReturnedLetter
  public static class ReturnedLetterView {
    @Schema(required = true)
    public String letterId;

    @Schema(required = true, format = "date")
    public String returnedOn;

    @Schema(required = true, implementation = ReturnReason.class)
    public String reason;

    @Schema(required = true)
    public boolean paperStopped;
  }
}
