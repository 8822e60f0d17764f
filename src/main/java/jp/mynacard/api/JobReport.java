package jp.mynacard.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A job execution as the API reports it: status, exit status, times, parameters, summary. */
@JsonbPropertyOrder({
  "executionId",
  "instanceId",
  "jobName",
  "batchStatus",
  "exitStatus",
  "createTime",
  "startTime",
  "endTime",
  "parameters",
  "summary",
  "mail",
  "progress"
})
public class JobReport {
  @Schema(required = true)
  public long executionId;

  @Schema(required = true)
  public long instanceId;

  @Schema(required = true)
  public String jobName;

  @Schema(
      required = true,
      enumeration = {
        "STARTING",
        "STARTED",
        "STOPPING",
        "STOPPED",
        "FAILED",
        "COMPLETED",
        "ABANDONED"
      })
  public String batchStatus;

  /** Left out until the job ends; then 0, 4 or 8 for our jobs. */
  public String exitStatus;

  @Schema(required = true, format = "date-time")
  public String createTime;

  /** Left out until the job starts, and until it ends. */
  @Schema(format = "date-time")
  public String startTime;

  @Schema(format = "date-time")
  public String endTime;

  @Schema(required = true)
  public Map<String, String> parameters;

  /**
   * The job's counts so far: letters and items for renewal-notices, rows for registry-import and
   * returned-letters; left out for renewal-forecast and before a run recorded itself.
   */
  @Schema(type = SchemaType.OBJECT)
  public Object summary;

  /** renewal-notices: the run's e-mail (enabled, pending, sent, failed, undeliverable). */
  @Schema(type = SchemaType.OBJECT)
  public Object mail;

  /** How far the run has got: its share done and each step's counts (the progress bar's). */
  @Schema(required = true)
  public JobProgress progress;
}
