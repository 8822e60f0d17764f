package jp.mynacard.forecast;

import jakarta.batch.operations.JobOperator;

/**
 * The renewal-forecast job seen from the outside: its name, and how to start it with parameters
 * checked before it starts ({@link ForecastParameters#parse}).
 */
public final class RenewalForecastJob {
  public static final String NAME = "renewal-forecast";

  private RenewalForecastJob() {}

  /** Starts a run and returns its job execution id. */
  public static long start(JobOperator operator, ForecastParameters parameters) {
    return operator.start(NAME, parameters.toJobParameters());
  }
}
