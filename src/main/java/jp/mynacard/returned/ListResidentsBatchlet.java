package jp.mynacard.returned;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import jp.mynacard.batch.ExitStatus;
import jp.mynacard.batch.GivenParameters;
import jp.mynacard.importer.ImportRoot;

/**
 * The returned-letters job's last step: writes the clerks' {@code <input>.residents.csv} from what
 * the run recorded ({@link ClerksList}), logs the summary line and sets the exit status (0, or 4
 * with rejected rows). Done again after a crash, it writes the same list.
 */
@Dependent
@Named("listReturnedResidents")
public class ListResidentsBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(ListResidentsBatchlet.class.getName());

  @Inject JobContext job;
  @Inject ImportRoot importRoot;
  @Inject ReturnCounts counts;
  @Inject ClerksList clerks;

  @Override
  public String process() throws Exception {
    ReturnsParameters parameters =
        ReturnsParameters.parse(GivenParameters.of(job.getExecutionId()));
    ReturnFiles files =
        new ReturnFiles(importRoot.inputFile(parameters.inputFile()), parameters.charset());
    long instance = job.getInstanceId();
    ReturnsTally counted =
        counts
            .tally(instance)
            .orElseThrow(() -> new IllegalStateException("the list was not read: no counts"));
    ReturnsTally tally =
        counted.withPaperStopped(clerks.write(instance, files.residents(), files.charset()));
    counts.keep(instance, tally);
    String status = tally.rejected() > 0 ? ExitStatus.WARNINGS : ExitStatus.OK;
    job.setExitStatus(status);
    LOG.info(
        ReturnedLettersJob.NAME
            + " summary: "
            + tally.summary()
            + " exitStatus="
            + status
            + " rejects="
            + files.rejects()
            + " residents="
            + files.residents());
    return status;
  }
}
