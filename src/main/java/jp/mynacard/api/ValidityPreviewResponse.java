package jp.mynacard.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code POST /validity/preview}: each date, and in {@code rule} what decided it. */
@JsonbNillable
@JsonbPropertyOrder({
  "cardExpiresOn",
  "userCertExpiresOn",
  "signCertExpiresOn",
  "renewalOpensOn",
  "rule"
})
public class ValidityPreviewResponse {
  @Schema(required = true, format = "date")
  public String cardExpiresOn;

  @Schema(required = true, format = "date")
  public String userCertExpiresOn;

  /** Null when no signature certificate can be issued (holder under 15). */
  @Schema(required = true, nullable = true, format = "date")
  public String signCertExpiresOn;

  @Schema(required = true, format = "date")
  public String renewalOpensOn;

  /** What decided each date, by the date's field name. */
  @Schema(required = true)
  public Map<String, String> rule;
}
