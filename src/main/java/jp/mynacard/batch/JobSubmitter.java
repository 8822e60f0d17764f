package jp.mynacard.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Who submitted a job (issue 11: the import's audit lines name the operator). Liberty records the
 * authenticated user that started a job instance, through our API, {@code /ibm/api/batch} or
 * batchManager alike, and answers it as the job instance's {@code getSubmitter()} (its {@code
 * WSJobInstance}, the {@code submitter} field of {@code /ibm/api/batch}). That class is not an API
 * an application may compile against, so it is called by name; a job parameter would not do, as
 * whoever starts the job chooses it. A restart keeps the instance's submitter.
 */
@ApplicationScoped
public class JobSubmitter {
  /** Longer names are cut: the audit trail's principal column holds 100 characters. */
  static final int MAX_LENGTH = 100;

  private static final Logger LOG = Logger.getLogger(JobSubmitter.class.getName());

  /** The submitter's user name, or {@code fallback} when the runtime records none. */
  public String of(long executionId, String fallback) {
    return name(BatchRuntime.getJobOperator().getJobInstance(executionId))
        .orElseGet(
            () -> {
              LOG.warning("no submitter recorded for job execution " + executionId);
              return fallback;
            });
  }

  static Optional<String> name(JobInstance instance) {
    try {
      Method getter = instance.getClass().getMethod("getSubmitter");
      Object name = getter.invoke(instance);
      if (name instanceof String s && !s.isBlank()) {
        String stripped = s.strip();
        return Optional.of(
            stripped.length() > MAX_LENGTH ? stripped.substring(0, MAX_LENGTH) : stripped);
      }
      return Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
