package jp.mynacard.forecast;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.logging.Logger;
import jp.mynacard.batch.ExitStatus;
import jp.mynacard.batch.GivenParameters;
import jp.mynacard.renewal.RenewalDefaults;
import jp.mynacard.renewal.RenewalParameters;

/**
 * The renewal-forecast job's one step: validates every parameter it was given (however the job was
 * started), computes the forecast and writes its CSV and chart. Read-only on the registry, so a
 * restart simply does it again.
 */
@Dependent
@Named("writeForecast")
public class WriteForecastBatchlet extends AbstractBatchlet {
  private static final Logger LOG = Logger.getLogger(WriteForecastBatchlet.class.getName());

  @Inject JobContext job;
  @Inject RenewalForecasts forecasts;
  @Inject RenewalDefaults defaults;

  @Override
  public String process() throws Exception {
    ForecastParameters parameters =
        ForecastParameters.parse(
            GivenParameters.of(job.getExecutionId()), LocalDate.now(RenewalParameters.JAPAN));
    Path folder = defaults.exportFolder(parameters.exportDir());
    ForecastTable table = forecasts.forecast(parameters.range());
    Path csv = ForecastFiles.write(table, folder);
    long letters = table.weeks().stream().mapToLong(ForecastWeek::letters).sum();
    long visits = table.weeks().stream().mapToLong(ForecastWeek::visits).sum();
    LOG.info(
        RenewalForecastJob.NAME
            + " "
            + table.range().from()
            + " to "
            + table.range().to()
            + " as of "
            + table.range().asOf()
            + ", lead "
            + table.leadMonths()
            + ": "
            + table.weeks().size()
            + " weeks, letters="
            + letters
            + " visits="
            + visits
            + ", written to "
            + csv
            + " and its .png");
    job.setExitStatus(ExitStatus.OK);
    return "WRITTEN";
  }
}
