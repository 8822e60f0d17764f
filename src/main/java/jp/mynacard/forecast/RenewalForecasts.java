package jp.mynacard.forecast;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import jp.mynacard.renewal.RenewalDefaults;
import jp.mynacard.validity.ValidityRules;

/**
 * Computes forecasts with the lead times the nightly run uses ({@code
 * mynacard.renewal.lead-months}, else 3 months). In a transaction of its own: the work rows it
 * writes are deleted before it commits, so no one else ever sees them, and a failure leaves none.
 */
@ApplicationScoped
public class RenewalForecasts {
  private static final SecureRandom IDS = new SecureRandom();

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  @Inject RenewalDefaults defaults;
  @Inject ValidityRules rules;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ForecastTable forecast(ForecastRange range) throws SQLException {
    List<Integer> leads = defaults.leadMonths();
    try (Connection c = dataSource.getConnection()) {
      return ForecastQueries.forecast(c, IDS.nextLong() & Long.MAX_VALUE, range, leads, rules);
    }
  }
}
