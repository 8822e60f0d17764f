package jp.mynacard.importer;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.mynacard.registry.NumberProtector;
import jp.mynacard.validity.ValidityRules;

/** Validates a record and seals its Individual Number; never returns null (nothing is filtered). */
@Dependent
@Named("registryRowProcessor")
public class RegistryRowProcessor implements ItemProcessor {
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @Inject
  ValidityRules rules;

  @Inject
  NumberProtector protector;

  private RowValidator validator;

  @Override
  public Object processItem(Object item) {
    if (validator == null) {
      validator = new RowValidator(rules, (number, residentId) ->
          new ProtectedNumber(protector.hash(number), protector.seal(number, residentId)));
    }
    return validator.validate((SourceRow) item, LocalDate.now(JAPAN));
  }
}
