package jp.mynacard.testing;

/** Registry rows whose card and certificates are all valid today, and their card ids. */
public final class ItCards {
  private ItCards() {}

  /** A national whose card (2030-06-15) and certificates (renewed 2025-07-01) are all valid. */
  public static RegistryRows valid(ItIds ids, int i) {
    return ids.national(i)
        .set("user_cert_issued_on", "2025-07-01")
        .set("user_cert_expires_on", "2030-06-15")
        .set("sign_cert_issued_on", "2025-07-01")
        .set("sign_cert_expires_on", "2030-06-15");
  }

  /**
   * The year {@link #issuedLastYear} cards were issued: last year in Tokyo, so that on any day the
   * tests run the card (until its tenth birthday after issue, {@code ISSUED + 10}-06-15) and its
   * certificates (fifth birthday, {@code ISSUED + 5}-06-15) are valid and the renewal window not
   * yet open.
   */
  public static final int ISSUED =
      java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).getYear() - 1;

  /** {@link #valid} with the card and certificates issued in {@link #ISSUED}. */
  public static RegistryRows issuedLastYear(ItIds ids, int i) {
    return valid(ids, i)
        .set("card_application_received_on", ISSUED + "-06-01")
        .set("card_issued_on", ISSUED + "-07-01")
        .set("card_expires_on", (ISSUED + 10) + "-06-15")
        .set("user_cert_issued_on", ISSUED + "-07-01")
        .set("user_cert_expires_on", (ISSUED + 5) + "-06-15")
        .set("sign_cert_issued_on", ISSUED + "-07-01")
        .set("sign_cert_expires_on", (ISSUED + 5) + "-06-15");
  }

  public static String cardOf(ItIds ids, int i) {
    return "C" + ids.resident(i);
  }
}
