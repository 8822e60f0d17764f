package jp.mynacard.importer;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The parameters of registry-import, checked before a job is started through the API and again by
 * the job itself: {@code inputFile} (required), {@code encoding}, {@code chunkSize} (1 to 10000),
 * {@code partitions} (1 to 16), {@code dryRun} and {@code confirmMassChanges} ({@code true} or
 * {@code false}, nothing else: a misspelt "yes" must not start a real run). Their defaults live in
 * the job XML; the job checks the file itself when it runs.
 */
public final class ImportParameters {
  public static final String JOB = "registry-import";
  public static final String DRY_RUN = "dryRun";
  public static final String CONFIRM_MASS_CHANGES = "confirmMassChanges";
  private static final Set<String> NAMES =
      Set.of("inputFile", "encoding", "chunkSize", "partitions", DRY_RUN, CONFIRM_MASS_CHANGES);

  private ImportParameters() {}

  /**
   * @throws IllegalArgumentException naming the parameter and what is wrong with it
   */
  public static Properties validate(Map<String, String> raw) {
    for (String name : raw.keySet()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "unknown parameter '"
                + name
                + "'; registry-import takes "
                + new java.util.TreeSet<>(NAMES));
      }
    }
    String input = raw.get("inputFile");
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("inputFile is required");
    }
    ImportFiles.charset(raw.get("encoding"));
    range(raw, "chunkSize", 1, 10_000);
    range(raw, "partitions", 1, 16);
    flag(raw, DRY_RUN);
    flag(raw, CONFIRM_MASS_CHANGES);
    Properties p = new Properties();
    raw.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            p.setProperty(k, v.strip());
          }
        });
    return p;
  }

  private static void flag(Map<String, String> raw, String name) {
    String v = raw.get(name);
    if (v != null && !v.isBlank() && !v.strip().equals("true") && !v.strip().equals("false")) {
      throw new IllegalArgumentException(name + " must be true or false");
    }
  }

  private static void range(Map<String, String> raw, String name, int min, int max) {
    String v = raw.get(name);
    if (v == null || v.isBlank()) {
      return;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number");
    }
  }
}
