package jp.mynacard.renewal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import jp.mynacard.export.ExportResult;
import jp.mynacard.export.VendorExport;
import jp.mynacard.mail.Outbox;
import jp.mynacard.progress.PartitionCounts;
import jp.mynacard.progress.ProgressBoard;

/**
 * Writes the run's vendor export from its letters. Done again after a crash, it writes the same
 * files again, whole. A dry run exports nothing. First it decides, once, which letters are printed
 * (e-mail instead of paper, {@link LetterPrinting}): with the setting applying, the consenting
 * residents' letters are queued for e-mail here, before sendMail, so that the export knows which to
 * leave out. Letters to residents whose last letter came back from the address the registry still
 * holds are held back the same way, and printed by the first run after that address changed.
 */
@Dependent
@Named("writeExport")
public class WriteExportBatchlet extends AbstractBatchlet {
  @Inject JobContext job;
  @Inject StepContext step;
  @Inject RenewalRuns runs;
  @Inject VendorExport export;
  @Inject MailReplacesLetter replacesLetter;
  @Inject Outbox outbox;
  @Inject LetterPrinting printing;
  @Inject ProgressBoard progress;

  @Override
  public String process() throws Exception {
    RenewalRun run = runs.run(job.getInstanceId());
    if (run.isDryRun()) {
      return "DRY_RUN";
    }
    long letters = runs.summary(run.getRunId()).letters();
    runs.refreshStatistics(letters);
    boolean replaces = replacesLetter.appliesTo(run);
    if (replaces) {
      outbox.enqueue(run.getRunId(), Instant.now());
    }
    LetterPrinting.Decision paper = printing.decide(run.getRunId(), replaces);
    long execution = job.getExecutionId();
    progress.total(execution, step.getStepName(), printed(letters, paper));
    ExportResult result =
        export.write(
            run.getRunId(),
            run.getAsOf(),
            Path.of(run.getExportDir()),
            run.getStartedAt().toInstant(ZoneOffset.UTC),
            paper.email(),
            paper.holds(),
            rows -> progress.report(execution, step.getStepName(), PartitionCounts.done(rows)));
    runs.exported(run.getRunId(), result.delivered().toString(), result.rows(), result.excluded());
    return "EXPORTED";
  }

  /** The letters the export will print: the run's, less those left out, plus earlier ones. */
  private static long printed(long letters, LetterPrinting.Decision paper) {
    return Math.max(
        0,
        letters
            - paper.email().emailed()
            - paper.holds().withheldAfterReturn()
            + paper.email().printedAfterEmailFailed()
            + paper.holds().printedAfterAddressChange());
  }
}
