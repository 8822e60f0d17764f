package jp.mynacard.returned;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import jp.mynacard.batch.GivenParameters;
import jp.mynacard.batch.JobSubmitter;
import jp.mynacard.importer.ImportRoot;
import jp.mynacard.renewal.RenewalParameters;

/**
 * The returned-letters job's first step: checks its parameters (however the job was started) and
 * the file's place, reads the list once ({@link ReturnsPass}), records its returns, writes {@code
 * <input>.rejects.csv} and keeps the counts. A restart reads the list again from its first row:
 * rows this job recorded before it was interrupted are recognised and counted as they were, so the
 * counts and the rejects file are those of an uninterrupted run. A file refused for its header ends
 * the job here with exit status 8, the reason in the rejects file.
 */
@Dependent
@Named("recordReturns")
public class RecordReturnsBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(RecordReturnsBatchlet.class.getName());

  @Inject JobContext job;
  @Inject ImportRoot importRoot;
  @Inject JobSubmitter submitter;
  @Inject ReturnsStore store;
  @Inject ReturnCounts counts;

  private volatile boolean stopping;

  @Override
  public String process() throws Exception {
    ReturnsParameters parameters =
        ReturnsParameters.parse(GivenParameters.of(job.getExecutionId()));
    ReturnFiles files =
        new ReturnFiles(importRoot.inputFile(parameters.inputFile()), parameters.charset());
    // an earlier run's list of the same file must not pass for this one's
    Files.deleteIfExists(files.residents());
    ReturnsRun run =
        new ReturnsRun(
            job.getInstanceId(),
            job.getExecutionId(),
            submitter.of(job.getExecutionId(), ReturnedLettersJob.NAME),
            LocalDateTime.now(ZoneOffset.UTC));
    try (ReportCsv rejects =
        ReportCsv.create(files.rejects(), files.charset(), ReturnFiles.REJECT_HEADER)) {
      ReturnsTally tally;
      try (ReturnsFile file = ReturnsFile.open(files.input(), files.charset())) {
        ReturnsPass pass =
            new ReturnsPass(
                rows -> store.record(run, rows),
                r -> rejects.print(r.line(), r.letterId(), r.column(), r.reason()));
        tally = pass.run(file, LocalDate.now(RenewalParameters.JAPAN), () -> stopping);
      } catch (HeaderRefused e) {
        rejects.print(1L, "", e.column(), e.getMessage());
        LOG.warning(ReturnedLettersJob.NAME + " refused the file: " + e.getMessage());
        tally = ReturnsTally.refused();
      }
      if (tally == null) {
        return "STOPPED";
      }
      rejects.publish(files.rejects());
      counts.keep(run.instanceId(), tally);
      return tally.headerRefused() ? "REFUSED" : "RECORDED";
    }
  }

  @Override
  public void stop() {
    stopping = true;
  }
}
