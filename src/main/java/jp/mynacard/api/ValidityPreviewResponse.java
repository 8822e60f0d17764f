package jp.mynacard.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

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
  public String cardExpiresOn;
  public String userCertExpiresOn;

  /** Null when no signature certificate can be issued (holder under 15). */
  public String signCertExpiresOn;

  public String renewalOpensOn;
  public Map<String, String> rule;
}
