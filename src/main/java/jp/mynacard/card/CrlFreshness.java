package jp.mynacard.card;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When a CRL may be served again without reading the certificates: the change count it was built at
 * is still the count ({@link CertificateChanges}), it is still the day it was built on in Tokyo (a
 * certificate that expired leaves the next day's CRL), and less than half its validity has passed
 * (then a new CRL is due anyway). Pure: no container, no clock of its own.
 */
public final class CrlFreshness {
  /** What a CRL was built from: the change count (null: unknown) and the day in Tokyo. */
  public record Basis(Long changeCount, LocalDate day) {}

  private final Duration validity;

  public CrlFreshness(Duration validity) {
    this.validity = validity;
  }

  /** The moment from which a CRL issued at {@code thisUpdate} is issued anew. */
  public Instant halfway(Instant thisUpdate) {
    return thisUpdate.plus(validity.dividedBy(2));
  }

  /** Whether the CRL issued at {@code thisUpdate}, built from {@code built}, still holds. */
  public boolean reusable(Basis built, Basis now, Instant thisUpdate, Instant at) {
    return built.changeCount() != null
        && Objects.equals(built, now)
        && at.isBefore(halfway(thisUpdate));
  }
}
