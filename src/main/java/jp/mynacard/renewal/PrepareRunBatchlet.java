package jp.mynacard.renewal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import jp.mynacard.batch.GivenParameters;
import jp.mynacard.registry.AuditEntry;

/**
 * First step: validates the parameters (however the job was started: every name it was given, so a
 * misspelt one fails the run instead of being ignored, and an asOf out of {@link AsOfBound} without
 * allowDistantAsOf; a distant one allowed is audited with the run's record), refuses to run beside
 * another run or after one that did not finish ({@link RunStartGuard}), records the run and chooses
 * its due items.
 */
@Dependent
@Named("prepareRun")
public class PrepareRunBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(PrepareRunBatchlet.class.getName());

  @Inject JobContext job;
  @Inject RenewalRuns runs;
  @Inject RenewalDefaults renewalDefaults;
  @Inject RunStartGuard guard;

  @Override
  public String process() throws Exception {
    JobOperator operator = BatchRuntime.getJobOperator();
    LocalDate today = LocalDate.now(RenewalParameters.JAPAN);
    RenewalParameters parameters =
        renewalDefaults.resolve(GivenParameters.of(job.getExecutionId()), today);
    Optional<RunGate.Refusal> refusal = guard.admit(operator, job.getInstanceId());
    if (refusal.isPresent()) {
      throw new IllegalStateException(refusal.get().message());
    }
    AuditEntry distant =
        AsOfBound.distant(parameters.asOf(), today)
            ? AsOfBound.allowed(job.getInstanceId(), job.getExecutionId(), parameters.asOf(), today)
            : null;
    RenewalRun run = runs.prepare(job.getInstanceId(), parameters, distant);
    LOG.info(
        "renewal-notices run "
            + run.getRunId()
            + " as of "
            + run.getAsOf()
            + ", lead "
            + run.leads()
            + (run.isDryRun() ? ", dry run" : "")
            + ": "
            + run.getCandidates()
            + " items due");
    return "PREPARED";
  }
}
