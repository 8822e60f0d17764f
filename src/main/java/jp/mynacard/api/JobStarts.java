package jp.mynacard.api;

import jakarta.batch.operations.JobOperator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.Properties;
import jp.mynacard.importer.ImportParameters;
import jp.mynacard.renewal.RenewalDefaults;
import jp.mynacard.renewal.RenewalNoticesJob;

/** Which jobs the API starts, and each job's parameters checked before it starts. */
@ApplicationScoped
public class JobStarts {
  @Inject RenewalDefaults renewalDefaults;

  Properties validate(String jobName, Map<String, String> raw) {
    try {
      return switch (jobName) {
        case RenewalNoticesJob.NAME -> renewalDefaults.resolve(raw).toJobParameters();
        case ImportParameters.JOB -> ImportParameters.validate(raw);
        default -> throw new NotFoundException("no job named " + jobName);
      };
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  /** One renewal run at a time: a second would find the first's items not yet notified. */
  void refuseConcurrentRun(JobOperator operator, String jobName) {
    if (RenewalNoticesJob.NAME.equals(jobName)
        && !operator.getRunningExecutions(jobName).isEmpty()) {
      throw new WebApplicationException(
          ApiError.response(409, "a renewal-notices run is in progress; wait for it to end"));
    }
  }
}
