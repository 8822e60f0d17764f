package jp.mynacard.api;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mynacard.importer.ImportParameters;
import jp.mynacard.importer.ImportProgressStore;
import jp.mynacard.mail.MailCounts;
import jp.mynacard.mail.MailDispatch;
import jp.mynacard.renewal.RenewalNoticesJob;
import jp.mynacard.renewal.RenewalRuns;
import jp.mynacard.returned.ReturnCounts;
import jp.mynacard.returned.ReturnedLettersJob;

/** Builds {@link JobReport}s, with the counts our jobs keep in the registry. */
@ApplicationScoped
public class JobReports {
  @Inject RenewalRuns renewalRuns;
  @Inject ImportProgressStore importProgress;
  @Inject MailDispatch mail;
  @Inject ReturnCounts returns;
  @Inject ProgressReports progress;

  public JobReport execution(JobExecution e) {
    JobReport r = new JobReport();
    r.executionId = e.getExecutionId();
    r.instanceId = BatchRuntime.getJobOperator().getJobInstance(e.getExecutionId()).getInstanceId();
    r.jobName = e.getJobName();
    r.batchStatus = e.getBatchStatus().name();
    r.exitStatus = e.getExitStatus();
    r.createTime = iso(e.getCreateTime());
    r.startTime = iso(e.getStartTime());
    r.endTime = iso(e.getEndTime());
    Map<String, String> parameters = new LinkedHashMap<>();
    if (e.getJobParameters() != null) {
      e.getJobParameters().forEach((k, v) -> parameters.put((String) k, (String) v));
    }
    r.parameters = parameters;
    r.summary = summary(r.jobName, r.instanceId);
    if (RenewalNoticesJob.NAME.equals(r.jobName)) {
      r.mail = mail(r.instanceId);
    }
    r.progress = progress.of(BatchRuntime.getJobOperator(), e);
    return r;
  }

  private Object summary(String jobName, long instanceId) {
    try {
      return switch (jobName) {
        case RenewalNoticesJob.NAME -> renewalRuns.summary(instanceId);
        case ImportParameters.JOB -> importProgress.totals(instanceId);
        case ReturnedLettersJob.NAME -> returns.tally(instanceId).orElse(null);
        default -> null;
      };
    } catch (IllegalStateException notYet) {
      return null; // the run has not recorded itself yet
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot read the job's counts", e);
    }
  }

  private MailCounts mail(long runId) {
    try {
      return mail.counts(runId);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot read the mail outbox", e);
    }
  }

  private static String iso(Date d) {
    return d == null ? null : d.toInstant().toString();
  }
}
