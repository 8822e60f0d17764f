package jp.mynacard.renewal;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mynacard.mail.MailCounts;
import jp.mynacard.mail.MailDispatch;

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

  private volatile boolean stopped;

  @Override
  public String process() throws Exception {
    RenewalRun run = runs.run(job.getInstanceId());
    if (run.isDryRun()) {
      return "DRY_RUN";
    }
    MailCounts counts = mail.send(run.getRunId(), () -> stopped);
    return counts.enabled() ? "SENT" : "MAIL_OFF";
  }

  @Override
  public void stop() {
    stopped = true;
  }
}
