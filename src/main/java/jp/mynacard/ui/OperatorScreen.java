package jp.mynacard.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import jp.mynacard.api.Callers;
import jp.mynacard.api.JobLaunches;
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

  /** The jobs the list and the start form offer. */
  static final List<String> JOBS =
      List.of(
          RenewalNoticesJob.NAME,
          ImportParameters.JOB,
          RenewalForecastJob.NAME,
          ReturnedLettersJob.NAME);

  @Inject transient JobLaunches launches;
  @Inject transient HttpServletRequest request;
  @Inject ScreenMessages messages;

  private String jobName = RenewalNoticesJob.NAME;
  private String parameters;
  private Long selected;

  public void start() {
    messages.attempt(
        () -> {
          long id =
              launches.start(jobName, JobParameterText.parse(parameters), Callers.of(request));
          selected = id;
          messages.info("runs.startedRun", jobName, id);
          showRun(id);
        });
  }

  public void restart(long executionId) {
    messages.attempt(
        () -> {
          long id = launches.restart(executionId, Callers.of(request));
          selected = id;
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
