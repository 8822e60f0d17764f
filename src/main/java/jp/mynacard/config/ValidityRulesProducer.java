package jp.mynacard.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jp.mynacard.validity.LeapDayBirthday;
import jp.mynacard.validity.ValidityRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The validity rules with the municipality's reading of 29 February birthdays ({@code
 * mynacard.validity.leap-day-birthday}: FEB_28, the default, or MAR_1).
 */
@ApplicationScoped
public class ValidityRulesProducer {
  @Inject
  @ConfigProperty(name = "mynacard.validity.leap-day-birthday", defaultValue = "FEB_28")
  String leapDayBirthday;

  @Produces
  @Singleton
  ValidityRules rules() {
    return new ValidityRules(LeapDayBirthday.parse(leapDayBirthday));
  }
}
