package jp.mynacard.api;

import jakarta.batch.operations.JobOperator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import jp.mynacard.forecast.ForecastParameters;
import jp.mynacard.forecast.RenewalForecastJob;
import jp.mynacard.importer.ImportParameters;
import jp.mynacard.importer.ImportRoot;
import jp.mynacard.renewal.RenewalDefaults;
import jp.mynacard.renewal.RenewalNoticesJob;
import jp.mynacard.renewal.RenewalParameters;
import jp.mynacard.renewal.RunGate;
import jp.mynacard.renewal.RunStartGuard;
import jp.mynacard.returned.ReturnedLettersJob;
import jp.mynacard.returned.ReturnsParameters;

/** Which jobs the API starts, and each job's parameters checked before it starts. */
@ApplicationScoped
public class JobStarts {
  @Inject RenewalDefaults renewalDefaults;
  @Inject RunStartGuard renewalGuard;
  @Inject ImportRoot importRoot;

  Properties validate(String jobName, Map<String, String> raw) {
    try {
      return switch (jobName) {
        case RenewalNoticesJob.NAME -> renewalDefaults.resolve(raw).toJobParameters();
        case ImportParameters.JOB -> {
          Properties parameters = ImportParameters.validate(raw);
          importRoot.inputFile(raw.get("inputFile"));
          yield parameters;
        }
        case ReturnedLettersJob.NAME -> {
          ReturnsParameters returns = ReturnsParameters.parse(raw);
          importRoot.inputFile(returns.inputFile());
          yield returns.toJobParameters();
        }
        case RenewalForecastJob.NAME -> {
          ForecastParameters forecast =
              ForecastParameters.parse(raw, LocalDate.now(RenewalParameters.JAPAN));
          renewalDefaults.exportFolder(forecast.exportDir());
          yield forecast.toJobParameters();
        }
        default ->
            throw new WebApplicationException(ApiError.response(404, "no job named " + jobName));
      };
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  /**
   * One renewal run at a time, and none after a run that did not finish (see {@link RunGate}): 409
   * naming the run that holds the gate, so a scheduler can restart it.
   */
  void refuseConcurrentRun(JobOperator operator, String jobName) {
    if (!RenewalNoticesJob.NAME.equals(jobName)) {
      return;
    }
    Optional<RunGate.Refusal> refusal = renewalGuard.check(operator);
    if (refusal.isPresent()) {
      throw new WebApplicationException(RunConflict.response(refusal.get()));
    }
  }
}
