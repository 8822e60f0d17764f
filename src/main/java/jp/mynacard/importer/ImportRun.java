package jp.mynacard.importer;

import java.time.LocalDateTime;
import jp.mynacard.registry.AuditEntry;

/**
 * The import run a change belongs to, for the audit log and the duplicate-row check.
 *
 * @param principal who the audit names: the operator who submitted the job (issue 11)
 */
record ImportRun(long instanceId, long executionId, LocalDateTime now, String principal) {
  AuditEntry audit(RowChange change) {
    return new AuditEntry(
        principal,
        "operator",
        change.action(),
        change.targetType(),
        change.targetId(),
        change.residentId(),
        change.reason(),
        "import",
        (change.detail() == null ? "" : change.detail() + "; ")
            + "job instance "
            + instanceId
            + ", execution "
            + executionId
            + ", line "
            + change.line());
  }
}
