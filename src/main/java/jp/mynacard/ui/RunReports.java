package jp.mynacard.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import jp.mynacard.importer.ImportFiles;
import jp.mynacard.importer.ImportParameters;
import jp.mynacard.returned.ReturnFiles;
import jp.mynacard.returned.ReturnedLettersJob;

/**
 * The report files a run wrote beside its input, by name: an import's rejects, anomalies and
 * changes, a returned-letters list's rejects and the clerks' resident list. Found from the run's
 * own parameters, never from a path a request names; only files that exist.
 */
final class RunReports {
  private RunReports() {}

  static Map<String, Path> of(String jobName, Properties parameters) {
    Map<String, Path> reports = new LinkedHashMap<>();
    String input = parameters == null ? null : parameters.getProperty("inputFile");
    if (input == null || input.isBlank()) {
      return reports;
    }
    Path file = Path.of(input).toAbsolutePath();
    if (ImportParameters.JOB.equals(jobName)) {
      ImportFiles files = new ImportFiles(file, StandardCharsets.UTF_8);
      reports.put("rejects", files.rejects());
      reports.put("anomalies", files.anomalies());
      reports.put("changes", files.changes());
    } else if (ReturnedLettersJob.NAME.equals(jobName)) {
      ReturnFiles files = new ReturnFiles(file, StandardCharsets.UTF_8);
      reports.put("rejects", files.rejects());
      reports.put("residents", files.residents());
    }
    reports.values().removeIf(p -> !Files.isRegularFile(p));
    return reports;
  }
}
