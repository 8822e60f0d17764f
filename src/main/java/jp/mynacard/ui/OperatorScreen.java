package jp.mynacard.ui;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import jp.mynacard.api.Callers;
import jp.mynacard.api.JobLaunches;
import jp.mynacard.api.JobReport;
import jp.mynacard.api.JobReports;
import jp.mynacard.forecast.RenewalForecastJob;
import jp.mynacard.importer.ImportParameters;
import jp.mynacard.renewal.RenewalNoticesJob;
import jp.mynacard.returned.ReturnedLettersJob;

/**
 * The operator's runs: the latest executions of our four jobs with state, progress and exit status;
 * starting a run with its parameters and restarting an unfinished one go through {@link
 * JobLaunches}, as {@code POST /jobs/...} does, so the same checks and the same audit apply.
 */
@Named
@ViewScoped
public class OperatorScreen implements Serializable {
  private static final long serialVersionUID = 1L;
  static final List<String> JOBS =
      List.of(
          RenewalNoticesJob.NAME,
          ImportParameters.JOB,
          RenewalForecastJob.NAME,
          ReturnedLettersJob.NAME);
  private static final Set<BatchStatus> UNFINISHED =
      Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);
  private static final int SHOWN = 20;

  @Inject transient JobLaunches launches;
  @Inject transient JobReports reports;
  @Inject transient HttpServletRequest request;
  @Inject ScreenMessages messages;

  private String jobName = RenewalNoticesJob.NAME;
  private String parameters;
  private Long selected;
  private transient List<Run> runs;

  /** One line of the list, or the run shown in full. */
  public record Run(JobReport report, boolean restartable, int percent, String summary) {}

  public void start() {
    messages.attempt(
        () -> {
          long id =
              launches.start(jobName, JobParameterText.parse(parameters), Callers.of(request));
          selected = id;
          runs = null;
          messages.info("runs.startedRun", jobName, id);
          showRun(id);
        });
  }

  public void restart(long executionId) {
    messages.attempt(
        () -> {
          long id = launches.restart(executionId, Callers.of(request));
          selected = id;
          runs = null;
          messages.info("runs.restarted", executionId, id);
          showRun(id);
        });
  }

  /**
   * The run's own address (runs.xhtml?run=N), so that the page can redraw itself while the run goes
   * on and the operator can keep or share the link; the message travels in the flash.
   */
  private static void showRun(long id) throws java.io.IOException {
    var fc = jakarta.faces.context.FacesContext.getCurrentInstance();
    var ec = fc.getExternalContext();
    ec.getFlash().setKeepMessages(true);
    ec.redirect(ec.getRequestContextPath() + "/ui/operator/runs.xhtml?run=" + id);
    fc.responseComplete();
  }

  public Long getSelected() {
    return selected;
  }

  public void setSelected(Long selected) {
    this.selected = selected;
  }

  /** Newest first. */
  public List<Run> getRuns() {
    if (runs == null) {
      runs = read();
    }
    return runs;
  }

  /** The run shown in full: the one just started, or picked from the list. */
  public Run getSelectedRun() {
    if (selected == null) {
      return null;
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    return run(operator, JobLaunches.existing(operator, selected), true);
  }

  /** The selected run's report files by name, with their sizes in bytes. */
  public java.util.Map<String, Long> getReports() throws java.io.IOException {
    if (selected == null) {
      return java.util.Map.of();
    }
    JobExecution e = JobLaunches.existing(BatchRuntime.getJobOperator(), selected);
    java.util.Map<String, Long> sizes = new java.util.LinkedHashMap<>();
    for (var r : RunReports.of(e.getJobName(), e.getJobParameters()).entrySet()) {
      sizes.put(r.getKey(), java.nio.file.Files.size(r.getValue()));
    }
    return sizes;
  }

  /** Whether any run shown is still going: the page then redraws itself every few seconds. */
  public boolean isRunning() {
    Run s = getSelectedRun();
    if (s != null && !finished(s.report())) {
      return true;
    }
    return getRuns().stream().anyMatch(r -> !finished(r.report()));
  }

  private List<Run> read() {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobExecution> executions = new ArrayList<>();
    for (String job : JOBS) {
      List<JobInstance> instances;
      try {
        instances = operator.getJobInstances(job, 0, SHOWN);
      } catch (NoSuchJobException never) {
        continue;
      }
      for (JobInstance i : instances) {
        executions.addAll(operator.getJobExecutions(i));
      }
    }
    executions.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
    List<Run> shown = new ArrayList<>();
    for (JobExecution e : executions.subList(0, Math.min(SHOWN, executions.size()))) {
      shown.add(run(operator, e, false));
    }
    return shown;
  }

  private Run run(JobOperator operator, JobExecution e, boolean withSummary) {
    JobReport report = reports.execution(e);
    boolean restartable = UNFINISHED.contains(e.getBatchStatus()) && latest(operator, e);
    String summary = null;
    if (withSummary && report.summary != null) {
      try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
        summary = json.toJson(report.summary);
      } catch (Exception e2) {
        summary = String.valueOf(report.summary);
      }
    }
    return new Run(report, restartable, RunProgress.percent(report), summary);
  }

  private static boolean latest(JobOperator operator, JobExecution e) {
    List<JobExecution> all = operator.getJobExecutions(operator.getJobInstance(e.getExecutionId()));
    return all.stream().mapToLong(JobExecution::getExecutionId).max().orElse(-1)
        == e.getExecutionId();
  }

  static boolean finished(JobReport r) {
    return !Set.of("STARTING", "STARTED", "STOPPING").contains(r.batchStatus);
  }

  public List<String> getJobs() {
    return JOBS;
  }

  public String getJobName() {
    return jobName;
  }

  public void setJobName(String jobName) {
    this.jobName = jobName;
  }

  public String getParameters() {
    return parameters;
  }

  public void setParameters(String parameters) {
    this.parameters = parameters;
  }
}
