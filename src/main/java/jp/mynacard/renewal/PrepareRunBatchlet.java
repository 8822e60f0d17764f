package jp.mynacard.renewal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * First step: validates the parameters (however the job was started), refuses to run beside another
 * run, records the run and chooses its due items.
 */
@Dependent
@Named("prepareRun")
public class PrepareRunBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(PrepareRunBatchlet.class.getName());

  @Inject @BatchProperty String asOf;
  @Inject @BatchProperty String leadMonths;
  @Inject @BatchProperty String dryRun;
  @Inject @BatchProperty String exportDir;
  @Inject @BatchProperty String chunkSize;
  @Inject @BatchProperty String partitions;

  @Inject JobContext job;
  @Inject RenewalRuns runs;
  @Inject RenewalDefaults renewalDefaults;

  @Override
  public String process() throws Exception {
    Map<String, String> raw = new HashMap<>();
    raw.put("asOf", asOf);
    raw.put("leadMonths", leadMonths);
    raw.put("dryRun", dryRun);
    raw.put("exportDir", exportDir);
    raw.put("chunkSize", chunkSize);
    raw.put("partitions", partitions);
    RenewalParameters parameters = renewalDefaults.resolve(raw);
    List<Long> running = BatchRuntime.getJobOperator().getRunningExecutions(RenewalNoticesJob.NAME);
    if (running.stream().anyMatch(id -> id != job.getExecutionId())) {
      throw new IllegalStateException(
          "another renewal-notices run is in progress (executions "
              + running
              + "); wait for it to end");
    }
    RenewalRun run = runs.prepare(job.getInstanceId(), parameters);
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
