package jp.mynacard.ui;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import jp.mynacard.api.JobLaunches;
import jp.mynacard.api.JobReport;
import jp.mynacard.api.JobReports;

/**
 * The runs the operator's page shows, read once a request: the page refers to the selected run and
 * the list many times while it is drawn, and each read is several queries of the job repository and
 * of our counts.
 */
@Named
@RequestScoped
public class RunsOnScreen {
  private static final Set<BatchStatus> UNFINISHED =
      Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);
  private static final int SHOWN = 20;

  @Inject JobReports reports;
  @Inject OperatorScreen screen;

  private List<Run> runs;
  private Run selectedRun;
  private java.util.Map<String, Long> reportFiles;

  /** One line of the list, or the run shown in full. */
  public record Run(JobReport report, boolean restartable, int percent, String summary) {}

  /** Newest first. */
  public List<Run> getRuns() {
    if (runs == null) {
      runs = read();
    }
    return runs;
  }

  /** The run shown in full: the one just started, or picked from the list. */
  public Run getSelectedRun() {
    if (selectedRun == null && screen.getSelected() != null) {
      JobOperator operator = BatchRuntime.getJobOperator();
      selectedRun = run(operator, JobLaunches.existing(operator, screen.getSelected()), true);
    }
    return selectedRun;
  }

  /** The selected run's report files by name, with their sizes in bytes. */
  public java.util.Map<String, Long> getReports() throws java.io.IOException {
    if (reportFiles == null) {
      reportFiles = new java.util.LinkedHashMap<>();
      if (screen.getSelected() != null) {
        JobExecution e = JobLaunches.existing(BatchRuntime.getJobOperator(), screen.getSelected());
        for (var r : RunReports.of(e.getJobName(), e.getJobParameters()).entrySet()) {
          reportFiles.put(r.getKey(), java.nio.file.Files.size(r.getValue()));
        }
      }
    }
    return reportFiles;
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
    for (String job : OperatorScreen.JOBS) {
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
}
