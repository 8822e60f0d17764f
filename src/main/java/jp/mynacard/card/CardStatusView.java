package jp.mynacard.card;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * The answer of {@code GET /api/v1/cards/{cardId}}: what a call-center operator or a counter clerk
 * needs to tell a resident where their card stands. Public fields, for JSON-B. Dates ISO {@code
 * yyyy-MM-dd}, times ISO instants in UTC; a value that does not apply is null, never left out. No
 * name, address or Individual Number: the card id already identifies the resident to whoever may
 * ask.
 */
@JsonbNillable
public class CardStatusView {
  public String cardId;
  public String residentId;

  /** {@code ACTIVE}, {@code SUSPENDED} or {@code ABOLISHED}. */
  public String status;

  public String statusChangedAt;
  public String issuedOn;
  public String expiresOn;

  /** Whether the card is past its expiry date today (Asia/Tokyo). */
  public boolean expired;

  public RenewalWindowView renewalWindow;
  public List<CertificateView> certificates;
  public List<PinView> pins;

  /** The open suspension, or null. */
  public SuspensionView suspension;

  /** The last letter to the card's resident that came back undelivered, or null. */
  public ReturnedLetterView lastReturnedLetter;

  /**
   * From when the card can be renewed: the window of the date the resident is told ({@code
   * expiresOn} here), the earlier of the recorded and the computed expiry.
   */
  @JsonbNillable
  public static class RenewalWindowView {
    public String opensOn;
    public String expiresOn;

    /** {@code NOT_YET_OPEN}, {@code OPEN} or {@code EXPIRED} (renewal is still free then). */
    public String state;
  }

  /** One of the card's certificates. */
  @JsonbNillable
  public static class CertificateView {
    /** {@code USER_IDENTIFICATION} or {@code SIGNATURE}. */
    public String kind;

    /** Upper-case hexadecimal, as {@code openssl x509 -serial} prints it. */
    public String serial;

    /** {@code ACTIVE}, {@code HELD} (on hold while the card is suspended) or {@code REVOKED}. */
    public String status;

    /** RFC 5280 reason name when revoked, e.g. {@code keyCompromise}; else null. */
    public String revocationReason;

    public String statusChangedAt;
    public String issuedOn;
    public String expiresOn;
    public boolean expired;
    public String renewalOpensOn;
  }

  /** One of the card's four PINs. */
  @JsonbNillable
  public static class PinView {
    public String pin;
    public boolean locked;
    public String lockedAt;
    public int wrongTriesToLock;
  }

  /** A suspension: the loss report and when the registry changed. */
  @JsonbNillable
  public static class SuspensionView {
    /** {@code LOST}, {@code STOLEN} or {@code OTHER}; null for a suspension the import recorded. */
    public String reason;

    public String channel;
    public String reportedAt;
    public String suspendedAt;
    public String suspendedBy;
  }

  /**
   * A letter returned undelivered (issue 14): its id, the day it came back and why ({@code
   * ADDRESS_UNKNOWN}, {@code REFUSED}, {@code MOVED}, {@code OTHER}), and whether paper letters to
   * the resident are stopped now, because the registry still holds the address it went to.
   */
  @JsonbNillable
  public static class ReturnedLetterView {
    public String letterId;
    public String returnedOn;
    public String reason;
    public boolean paperStopped;
  }
}
