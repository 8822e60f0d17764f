package jp.mynacard.renewal;

import jakarta.batch.operations.JobOperator;

/**
 * The renewal-notices job seen from the outside: its name and how to start it with parameters that
 * were validated before it starts. Use {@link RenewalParameters#builder()}.
 */
public final class RenewalNoticesJob {
  public static final String NAME = "renewal-notices";

  private RenewalNoticesJob() {}

  /** Starts a run and returns its job execution id. */
  public static long start(JobOperator operator, RenewalParameters parameters) {
    return operator.start(NAME, parameters.toJobParameters());
  }
}
