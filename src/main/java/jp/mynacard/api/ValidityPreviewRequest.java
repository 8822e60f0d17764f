package jp.mynacard.api;

/**
 * Body of {@code POST /validity/preview}; dates as ISO strings, parsed strictly by the resource.
 */
public class ValidityPreviewRequest {
  public String birthDate;
  public String applicationReceivedOn;
  public String issuedOn;

  /** ISO 3166-1 alpha-2; JP when absent. */
  public String nationality;

  public String residenceStatus;
  public String stayExpiresOn;
  public String previousCertExpiresOn;
}
