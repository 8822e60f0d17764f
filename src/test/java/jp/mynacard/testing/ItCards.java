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

  public static String cardOf(ItIds ids, int i) {
    return "C" + ids.resident(i);
  }
}
