package jp.mynacard.api;

import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import jp.mynacard.card.Actor;

/**
 * Starting and restarting jobs, audited, for the API and the operator's screen alike: the checks a
 * run must pass before it starts live here once (issue 15, "no second set of rules").
 */
@ApplicationScoped
public class JobLaunches {
  @Inject JobStarts starts;
  @Inject JobAudit audit;

  /** Validates the parameters, refuses a second renewal run, starts the job: its execution id. */
  public long start(String jobName, Map<String, String> raw, Actor actor) {
    Properties parameters = starts.validate(jobName, raw);
    JobOperator operator = BatchRuntime.getJobOperator();
    starts.refuseConcurrentRun(operator, jobName);
    long executionId = operator.start(jobName, parameters);
    audit.record(actor, "JOB_STARTED", jobName, executionId, names(parameters));
    return executionId;
  }

  /**
   * Restarts an execution (the latest of its instance) with the parameters it ran with, from its
   * last checkpoint: the new execution's id.
   */
  public long restart(long previousId, Actor actor) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution previous = existing(operator, previousId);
    Properties parameters = previous.getJobParameters();
    long executionId;
    try {
      executionId = operator.restart(previous.getExecutionId(), parameters);
    } catch (JobRestartException | JobExecutionNotMostRecentException e) {
      throw new ApiRefusal(
          409,
          "execution "
              + previous.getExecutionId()
              + " cannot be restarted: it is "
              + previous.getBatchStatus()
              + " or not the latest execution of its job instance");
    }
    audit.record(
        actor,
        "JOB_RESTARTED",
        previous.getJobName(),
        executionId,
        names(parameters == null ? new Properties() : parameters));
    return executionId;
  }

  /** The execution, or 404. */
  public static JobExecution existing(JobOperator operator, long id) {
    try {
      return operator.getJobExecution(id);
    } catch (NoSuchJobExecutionException e) {
      throw new ApiRefusal(404, "no job execution " + id);
    }
  }

  static Map<String, String> names(Properties parameters) {
    Map<String, String> values = new HashMap<>();
    parameters.stringPropertyNames().forEach(n -> values.put(n, parameters.getProperty(n)));
    return values;
  }
}
