package jp.mynacard.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mass-change limit of the import ({@code mynacard.import.mass-change-limit}, {@code
 * MYNACARD_IMPORT_MASS_CHANGE_LIMIT}; default 1%, see {@link MassChangeLimit}). A value that is not
 * a percentage fails the import with exit status 8 before it reads a row: a mistyped setting must
 * neither lift the limit nor quietly fall back to the default.
 */
@ApplicationScoped
public class MassChangeSettings {
  @Inject
  @ConfigProperty(name = "mynacard.import.mass-change-limit")
  Optional<String> configured;

  /**
   * @throws IllegalArgumentException naming the setting when its value is not a percentage
   */
  public MassChangeLimit limit() {
    if (configured.isEmpty() || configured.get().isBlank()) {
      return MassChangeLimit.DEFAULT;
    }
    try {
      return MassChangeLimit.parse(configured.get());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("MYNACARD_IMPORT_MASS_CHANGE_LIMIT: " + e.getMessage());
    }
  }
}
