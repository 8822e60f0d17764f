package jp.mynacard.registry;

/**
 * What an audit line says, before it gets its time and id.
 *
 * @param principal the user or job that acted, e.g. {@code clerk} or {@code registry-import#42}
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
    String detail) {}
