package jp.mynacard.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mynacard.batch.InputEncoding;

/**
 * The input file, its reports beside it, and the accepted encodings (DESIGN.md §3.1). The check
 * step writes its share of the reports to {@code .check<n>} parts, the import step to {@code
 * .part<n>} parts; the last step of each merges its own.
 */
public record ImportFiles(Path input, Charset charset) {
  static final String[] REJECT_HEADER = {"line", "resident_id", "column", "reason"};
  static final String[] ANOMALY_HEADER = {
    "line", "resident_id", "column", "recorded", "expected", "note"
  };
  static final String[] CHANGE_HEADER = {"line", "resident_id", "change", "target", "reason"};
  static final String IMPORT_PARTS = ".part";
  static final String CHECK_PARTS = ".check";

  static ImportFiles of(String inputFile, String encoding) {
    if (inputFile == null || inputFile.isBlank()) {
      throw new LayoutException("", "the job parameter inputFile is required");
    }
    return new ImportFiles(Path.of(inputFile).toAbsolutePath(), charset(encoding));
  }

  static Charset charset(String encoding) {
    try {
      return InputEncoding.of(encoding);
    } catch (IllegalArgumentException e) {
      throw new LayoutException("", e.getMessage());
    }
  }

  public Path rejects() {
    return input.resolveSibling(input.getFileName() + ".rejects.csv");
  }

  public Path anomalies() {
    return input.resolveSibling(input.getFileName() + ".anomalies.csv");
  }

  /** What the import would change (issue 11), written by its check step. */
  public Path changes() {
    return input.resolveSibling(input.getFileName() + ".changes.csv");
  }

  /** A partition's share of a report, merged into the report by the last step. */
  static Path part(Path report, int partition) {
    return part(report, IMPORT_PARTS, partition);
  }

  /** A partition's share of a report, of the import step or ({@link #CHECK_PARTS}) the check. */
  static Path part(Path report, String kind, int partition) {
    return report.resolveSibling(report.getFileName() + kind + partition);
  }

  /**
   * Deletes the reports and report parts of an earlier run of the same file, so that none is taken
   * for this run's. Called when an import starts, never when it restarts.
   */
  void deleteEarlierReports() throws IOException {
    for (Path report : new Path[] {rejects(), anomalies(), changes()}) {
      Files.deleteIfExists(report);
    }
    deleteParts(IMPORT_PARTS);
    deleteParts(CHECK_PARTS);
  }

  /** Every partition's parts of every report, of the import step or of the check. */
  void deleteParts(String kind) throws IOException {
    for (Path report : new Path[] {rejects(), anomalies(), changes()}) {
      try (DirectoryStream<Path> parts =
          Files.newDirectoryStream(report.getParent(), report.getFileName() + kind + "*")) {
        for (Path part : parts) {
          Files.delete(part);
        }
      }
    }
  }
}
