package jp.mynacard.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.mynacard.batch.SafeFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Joins the partitions' report parts into one report: header, then part 0, part 1, ... (each in
 * line order, so the whole is). The report appears by rename, whole, and only then are the parts
 * deleted; so a report that exists while a part is missing was merged by this run (an import
 * deletes earlier runs' reports when it starts), and a merge cut short is simply done again.
 */
final class ReportMerge {
  private ReportMerge() {}

  /** The import step's rejects and anomalies. */
  static void merge(ImportFiles files, int partitions) throws IOException {
    String kind = ImportFiles.IMPORT_PARTS;
    merge(files.rejects(), kind, ImportFiles.REJECT_HEADER, files.charset(), partitions);
    merge(files.anomalies(), kind, ImportFiles.ANOMALY_HEADER, files.charset(), partitions);
  }

  /**
   * The check step's reports, changes, rejects and anomalies, for an import that stops after its
   * check (refused, or a dry run).
   */
  static void mergeCheck(ImportFiles files, int partitions) throws IOException {
    String kind = ImportFiles.CHECK_PARTS;
    merge(files.changes(), kind, ImportFiles.CHANGE_HEADER, files.charset(), partitions);
    merge(files.rejects(), kind, ImportFiles.REJECT_HEADER, files.charset(), partitions);
    merge(files.anomalies(), kind, ImportFiles.ANOMALY_HEADER, files.charset(), partitions);
  }

  private static void merge(
      Path report, String kind, String[] header, Charset charset, int partitions)
      throws IOException {
    List<Path> parts = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      parts.add(ImportFiles.part(report, kind, i));
    }
    if (!parts.stream().allMatch(Files::exists)) {
      if (Files.exists(report)) {
        return; // merged before a crash cut the deleting of parts short
      }
      throw new IOException("report parts of " + report + " are missing; run the import again");
    }
    Path temp = report.resolveSibling(report.getFileName() + ".tmp");
    try (OutputStream out = SafeFiles.newOutputStream(temp)) {
      Writer writer = new java.io.OutputStreamWriter(out, charset);
      CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
      printer.printRecord((Object[]) header);
      printer.flush();
      for (Path part : parts) {
        Files.copy(part, out);
      }
    }
    SafeFiles.moveIntoPlace(temp, report);
    for (Path part : parts) {
      Files.delete(part);
    }
  }
}
