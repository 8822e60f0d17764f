package jp.mynacard.importer;

import java.time.LocalDateTime;
import jp.mynacard.registry.AuditEntry;

/** The import run a change belongs to, for the audit log and the duplicate-row check. */
record ImportRun(long instanceId, long executionId, LocalDateTime now) {
  static final String PRINCIPAL = "registry-import";

  AuditEntry audit(
      String action,
      String targetType,
      String targetId,
      String residentId,
      String reason,
      String detail,
      long line) {
    return new AuditEntry(
        PRINCIPAL,
        "operator",
        action,
        targetType,
        targetId,
        residentId,
        reason,
        "import",
        (detail == null ? "" : detail + "; ")
            + "job instance "
            + instanceId
            + ", execution "
            + executionId
            + ", line "
            + line);
  }
}
