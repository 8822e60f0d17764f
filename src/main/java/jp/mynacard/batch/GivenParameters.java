package jp.mynacard.batch;

import jakarta.batch.runtime.BatchRuntime;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The parameters a job execution was started with, every name as given: a job validates them
 * itself, since {@code /ibm/api/batch} and {@code batchManager} start it without our API's checks.
 */
public final class GivenParameters {
  private GivenParameters() {}

  public static Map<String, String> of(long executionId) {
    Map<String, String> raw = new HashMap<>();
    Properties given = BatchRuntime.getJobOperator().getParameters(executionId);
    if (given != null) {
      given.stringPropertyNames().forEach(name -> raw.put(name, given.getProperty(name)));
    }
    return raw;
  }
}
