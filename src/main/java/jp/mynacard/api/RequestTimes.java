package jp.mynacard.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Times in requests: ISO-8601 with an offset, so a time is never read in the wrong zone. */
final class RequestTimes {
  private RequestTimes() {}

  /** The instant {@code value} names; null when blank; 400 naming {@code field} when malformed. */
  static Instant parse(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadRequest(
          field + " must be an ISO-8601 time with offset, e.g. 2026-11-21T03:15:00+09:00");
    }
  }
}
