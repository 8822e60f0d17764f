package jp.mynacard.api;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A run's progress in the job report, for the operator's progress bar: the share of the run done
 * (each step of the job counts the same, the running one by its own share) and, per step this
 * execution started, its counts, rate and estimate. {@code share} is 1 once the run completed.
 */
@JsonbPropertyOrder({"share", "steps"})
public class JobProgress {
  /** 0 to 1. */
  @Schema(required = true, minimum = "0", maximum = "1")
  public double share;

  /** The steps this execution started, in the order it started them. */
  @Schema(required = true)
  public List<Step> steps;

  /** One step: {@code done} of {@code total} {@code unit}s; null where the step cannot know. */
  @JsonbNillable
  @JsonbPropertyOrder({
    "step",
    "batchStatus",
    "unit",
    "done",
    "total",
    "percent",
    "rate",
    "etaSeconds"
  })
  @Schema(name = "StepProgress")
  public static class Step {
    @Schema(required = true)
    public String step;

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

    /** rows, residents, letters, e-mails, or step (0 or 1: a step with no count of its own). */
    @Schema(required = true)
    public String unit;

    @Schema(required = true, format = "int64")
    public long done;

    /** Null while the step cannot know its total (the import's rows). */
    @Schema(required = true, nullable = true, format = "int64")
    public Long total;

    /** Whole percent, 100 only when done reaches total; null without a total. */
    @Schema(required = true, nullable = true, minimum = "0", maximum = "100")
    public Integer percent;

    /** Units per second since the step started. */
    @Schema(required = true)
    public double rate;

    /** Seconds left at that rate; null without a total or before anything is done. */
    @Schema(required = true, nullable = true, format = "int64")
    public Long etaSeconds;
  }
}
