package jp.mynacard.api;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mynacard.progress.JobSteps;
import jp.mynacard.progress.ProgressBoard;
import jp.mynacard.progress.RunShare;
import jp.mynacard.progress.StepProgress;

/**
 * A job report's {@code progress}: each step from the {@link ProgressBoard} while this server runs
 * or ran it, otherwise (another server ran it, or this one was restarted since) from what the job
 * repository recorded: a completed step whole, its items read as done. Steps an earlier execution
 * of the same instance completed count whole towards the run's share.
 */
@ApplicationScoped
public class ProgressReports {
  @Inject ProgressBoard board;

  JobProgress of(JobOperator operator, JobExecution execution) {
    String job = execution.getJobName();
    Map<String, ProgressBoard.Seen> seen = board.steps(execution.getExecutionId()).orElse(Map.of());
    Map<String, Double> shares = new HashMap<>(earlierCompleted(operator, execution));
    List<JobProgress.Step> steps = new ArrayList<>();
    for (StepExecution s : operator.getStepExecutions(execution.getExecutionId())) {
      String name = s.getStepName();
      String unit = JobSteps.unit(job, name);
      boolean completed = s.getBatchStatus() == BatchStatus.COMPLETED;
      ProgressBoard.Seen onBoard = seen.get(name);
      StepProgress p =
          unit.equals(JobSteps.STEP)
              ? new StepProgress(name, unit, completed ? 1 : 0, 1L, elapsed(s))
              : onBoard != null ? onBoard.progress() : recorded(s, unit, completed);
      steps.add(view(s, p));
      shares.put(name, completed ? Double.valueOf(1.0) : p.fraction());
    }
    JobProgress progress = new JobProgress();
    progress.steps = steps;
    progress.share =
        execution.getBatchStatus() == BatchStatus.COMPLETED
            ? 1.0
            : RunShare.of(JobSteps.of(job).keySet(), shares);
    return progress;
  }

  private static Map<String, Double> earlierCompleted(JobOperator operator, JobExecution e) {
    Map<String, Double> done = new HashMap<>();
    JobInstance instance = operator.getJobInstance(e.getExecutionId());
    for (JobExecution earlier : operator.getJobExecutions(instance)) {
      if (earlier.getExecutionId() == e.getExecutionId()) {
        continue;
      }
      for (StepExecution s : operator.getStepExecutions(earlier.getExecutionId())) {
        if (s.getBatchStatus() == BatchStatus.COMPLETED) {
          done.put(s.getStepName(), 1.0);
        }
      }
    }
    return done;
  }

  private static StepProgress recorded(StepExecution s, String unit, boolean completed) {
    long read = 0;
    for (Metric m : s.getMetrics()) {
      if (m.getType() == Metric.MetricType.READ_COUNT) {
        read = m.getValue();
      }
    }
    return new StepProgress(s.getStepName(), unit, read, completed ? read : null, elapsed(s));
  }

  private static Duration elapsed(StepExecution s) {
    Date start = s.getStartTime();
    if (start == null) {
      return Duration.ZERO;
    }
    Date end = s.getEndTime() == null ? new Date() : s.getEndTime();
    return Duration.ofMillis(Math.max(0, end.getTime() - start.getTime()));
  }

  private static JobProgress.Step view(StepExecution s, StepProgress p) {
    JobProgress.Step v = new JobProgress.Step();
    v.step = p.step();
    v.batchStatus = s.getBatchStatus().name();
    v.unit = p.unit();
    v.done = p.done();
    v.total = p.total();
    v.percent = p.percent();
    v.rate = Math.round(p.rate() * 10) / 10.0;
    v.etaSeconds = p.etaSeconds();
    return v;
  }
}
