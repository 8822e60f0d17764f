package jp.mynacard.returned;

import java.time.LocalDateTime;
import jp.mynacard.registry.AuditEntry;

/**
 * The returned-letters job a recorded return belongs to, for the return's row and its audit line.
 *
 * @param principal the operator who submitted the job
 */
record ReturnsRun(long instanceId, long executionId, String principal, LocalDateTime now) {
  AuditEntry audit(ReturnedRow row, String residentId) {
    return new AuditEntry(
        principal,
        "operator",
        "LETTER_RETURNED",
        "LETTER",
        row.letterId(),
        residentId,
        row.reason().name(),
        ReturnedLettersJob.NAME,
        "returned on "
            + row.returnedOn()
            + "; job instance "
            + instanceId
            + ", execution "
            + executionId
            + ", line "
            + row.line());
  }
}
