package jp.mynacard.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

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
  "summary"
})
public class JobReport {
  public long executionId;
  public long instanceId;
  public String jobName;
  public String batchStatus;
  public String exitStatus;
  public String createTime;
  public String startTime;
  public String endTime;
  public Map<String, String> parameters;

  /**
   * The job's counts so far: letters and items for renewal-notices, rows for registry-import and
   * returned-letters.
   */
  public Object summary;

  /** renewal-notices: the run's e-mail (enabled, pending, sent, failed, undeliverable). */
  public Object mail;
}
