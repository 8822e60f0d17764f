package jp.mynacard.forecast;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import jp.mynacard.renewal.RenewalDefaults;
import jp.mynacard.validity.ValidityRules;

/**
 * Computes forecasts with the lead times the nightly run uses ({@code
 * mynacard.renewal.lead-months}, else 3 months), read-only, in a transaction of its own.
 */
@ApplicationScoped
public class RenewalForecasts {
  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  @Inject RenewalDefaults defaults;
  @Inject ValidityRules rules;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ForecastTable forecast(ForecastRange range) throws SQLException {
    List<Integer> leads = defaults.leadMonths();
    try (Connection c = dataSource.getConnection()) {
      return ForecastQueries.forecast(c, range, leads, rules);
    }
  }
}
