package jp.mynacard.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /validity/preview}; dates as ISO strings, parsed strictly by the resource.
 */
public class ValidityPreviewRequest {
  @Schema(required = true, format = "date")
  public String birthDate;

  @Schema(format = "date")
  public String applicationReceivedOn;

  @Schema(required = true, format = "date")
  public String issuedOn;

  /** ISO 3166-1 alpha-2; JP when absent. */
  public String nationality;

  public String residenceStatus;

  @Schema(format = "date")
  public String stayExpiresOn;

  @Schema(format = "date")
  public String previousCertExpiresOn;
}
