package jp.mynacard.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mynacard.batch.FileRoot;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the municipality configured for runs that do not say: the export folder ({@code
 * mynacard.export.dir}, else {@code exports} in the data folder) and the reminder lead times
 * ({@code mynacard.renewal.lead-months}, e.g. "3,1"; else the job's own default), and the pacing of
 * the letters to the counters' capacity ({@code mynacard.renewal.daily-capacity} and {@code
 * mynacard.renewal.min-lead}, {@link Pacing}). The nightly schedule starts its run without
 * parameters, so this is where its lead times come from.
 */
@ApplicationScoped
public class RenewalDefaults {
  @Inject
  @ConfigProperty(name = "mynacard.export.dir")
  Optional<String> exportDir;

  @Inject
  @ConfigProperty(name = "mynacard.export.root")
  Optional<String> exportRoot;

  @Inject
  @ConfigProperty(name = "mynacard.renewal.lead-months")
  Optional<String> leadMonths;

  @Inject
  @ConfigProperty(name = "mynacard.renewal.daily-capacity")
  Optional<String> dailyCapacity;

  @Inject
  @ConfigProperty(name = "mynacard.renewal.min-lead")
  Optional<String> minLead;

  @Inject
  @ConfigProperty(name = "mynacard.data.dir", defaultValue = "mynacard")
  String dataDir;

  /**
   * A run's parameters: those given (absent or empty ones take the configured default, else the
   * job's), validated against today in Asia/Tokyo.
   *
   * @throws IllegalArgumentException naming the parameter and what is wrong with it
   */
  public RenewalParameters resolve(Map<String, String> given) {
    return resolve(given, LocalDate.now(RenewalParameters.JAPAN));
  }

  /** As {@link #resolve(Map)}, with the day the caller calls today (asOf's default and bound). */
  public RenewalParameters resolve(Map<String, String> given, LocalDate today) {
    Map<String, String> raw = new HashMap<>(given);
    configured(raw, "leadMonths", leadMonths);
    configured(raw, "dailyCapacity", dailyCapacity);
    configured(raw, "minLead", minLead);
    RenewalParameters parameters = RenewalParameters.parse(raw, today, exportDir());
    try {
      exportRoot().folder(parameters.exportDir());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("exportDir " + e.getMessage());
    }
    return parameters;
  }

  /** The configured value of a parameter the run leaves absent or empty. */
  private static void configured(Map<String, String> raw, String name, Optional<String> value) {
    value
        .filter(configured -> !configured.isBlank())
        .ifPresent(configured -> raw.merge(name, configured, (run, c) -> run.isBlank() ? c : run));
  }

  /**
   * The lead times of a run that gives none, as the nightly schedule's run: the configured ones,
   * else the job's default.
   *
   * @throws IllegalArgumentException when the configured ones are not valid lead times
   */
  public List<Integer> leadMonths() {
    return RenewalParameters.leadTimes(leadMonths.filter(v -> !v.isBlank()).orElse(null));
  }

  /**
   * The export folder a job writes in: {@code given}, or the configured one when blank, checked
   * against the export root as a run's {@code exportDir} is.
   *
   * @throws IllegalArgumentException starting "exportDir", when the folder is refused
   */
  public Path exportFolder(String given) {
    String dir = given == null || given.isBlank() ? exportDir() : given.strip();
    try {
      return exportRoot().folder(dir);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("exportDir " + e.getMessage());
    }
  }

  /**
   * The folder exports may be written in ({@code mynacard.export.root}, {@code
   * MYNACARD_EXPORT_ROOT}; default the configured export folder, created when missing): an {@code
   * exportDir} elsewhere, or through a link, is refused by the API and by the job's first step.
   */
  FileRoot exportRoot() {
    return FileRoot.configuredOr(
        "export root (MYNACARD_EXPORT_ROOT)", exportRoot, Path.of(exportDir()));
  }

  String exportDir() {
    return exportDir.orElse(Path.of(dataDir, "exports").toAbsolutePath().toString());
  }
}
