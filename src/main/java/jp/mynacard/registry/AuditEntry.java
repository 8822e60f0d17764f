package jp.mynacard.registry;

/**
 * What an audit line says, before it gets its time and id.
 *
 * @param principal the user that acted, e.g. {@code clerk}; for the import's own lines the operator
 *     who submitted the job, for a renewal run {@code renewal-notices#<run>}
 * @param role the role it acted in, null for a job
 * @param action what happened, e.g. {@code SIGN_CERT_REVOKED}
 * @param targetType {@code RESIDENT}, {@code CARD} or {@code CERTIFICATE}
 * @param targetId the target's id (resident id, card id or serial)
 * @param residentId the resident concerned, for filtering
 * @param reason why, in a few words
 * @param channel how the request came in (counter, phone, import)
 * @param detail anything else worth keeping, never personal facts
 */
public record AuditEntry(
    String principal,
    String role,
    String action,
    String targetType,
    String targetId,
    String residentId,
    String reason,
    String channel,
    String detail) {

  /**
   * The entry cut to its columns: free texts longer than their column end in "…". An audit line
   * must never fail the change it records, and the hash is computed over what is stored.
   */
  public AuditEntry clipped() {
    return new AuditEntry(
        clip(principal, 100),
        role,
        action,
        targetType,
        targetId,
        residentId,
        clip(reason, 200),
        clip(channel, 40),
        clip(detail, 1000));
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
