package jp.mynacard.renewal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Consumer;
import jp.mynacard.mail.MailCounts;
import jp.mynacard.mail.MailDispatch;
import jp.mynacard.progress.PartitionCounts;
import jp.mynacard.progress.ProgressBoard;

/**
 * E-mails the run's letters to residents who agreed to it, after the letters are committed and
 * exported. Restarted after a crash, it sends what was not sent and nothing twice (see {@link
 * jp.mynacard.mail.Outbox}). A dry run mails nothing.
 */
@Dependent
@Named("sendMail")
public class SendMailBatchlet extends AbstractBatchlet {
  @Inject JobContext job;
  @Inject RenewalRuns runs;
  @Inject MailDispatch mail;
  @Inject StepContext step;
  @Inject ProgressBoard progress;

  private volatile boolean stopped;

  @Override
  public String process() throws Exception {
    RenewalRun run = runs.run(job.getInstanceId());
    if (run.isDryRun()) {
      return "DRY_RUN";
    }
    long execution = job.getExecutionId();
    String name = step.getStepName();
    MailCounts before = mail.counts(run.getRunId());
    Consumer<MailCounts> report =
        now -> {
          long handled = now.sent() + now.failed() + now.undeliverable();
          progress.total(execution, name, handled + now.pending());
          progress.report(
              execution,
              name,
              new PartitionCounts(0, 0, 0, 0, handled, 0, now.sent() - before.sent()));
        };
    MailCounts counts = mail.send(run.getRunId(), () -> stopped, report);
    report.accept(counts);
    return counts.enabled() ? "SENT" : "MAIL_OFF";
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
