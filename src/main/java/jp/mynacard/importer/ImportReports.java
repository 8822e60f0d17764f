package jp.mynacard.importer;

import java.io.Closeable;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/** The rejects and anomalies files of one import, written chunk by chunk. */
final class ImportReports implements Closeable {
  private final ReportFile rejects;
  private final ReportFile anomalies;
  private ReportPositions positions;

  private ImportReports(ReportFile rejects, ReportFile anomalies, ReportPositions positions) {
    this.rejects = rejects;
    this.anomalies = anomalies;
    this.positions = positions;
  }

  /** One partition's part files (no header: the merge adds it). */
  static ImportReports openPart(ImportFiles files, int partition, ReportPositions checkpoint)
      throws IOException {
    return open(
        ImportFiles.part(files.rejects(), partition),
        ImportFiles.part(files.anomalies(), partition),
        files,
        null,
        null,
        checkpoint);
  }

  private static ImportReports open(
      java.nio.file.Path rejectsPath,
      java.nio.file.Path anomaliesPath,
      ImportFiles files,
      String[] rejectHeader,
      String[] anomalyHeader,
      ReportPositions checkpoint)
      throws IOException {
    ReportFile rejects =
        ReportFile.open(
            rejectsPath,
            files.charset(),
            rejectHeader,
            checkpoint == null ? null : checkpoint.rejects());
    ReportFile anomalies =
        ReportFile.open(
            anomaliesPath,
            files.charset(),
            anomalyHeader,
            checkpoint == null ? null : checkpoint.anomalies());
    ImportReports reports = new ImportReports(rejects, anomalies, null);
    reports.positions = new ReportPositions(rejects.sync(), anomalies.sync());
    return reports;
  }

  /** When the file as a whole is refused: a rejects file with that one reason, no anomalies. */
  static void refuseFile(ImportFiles files, LayoutException e) throws IOException {
    try (ImportReports reports =
        open(
            files.rejects(),
            files.anomalies(),
            files,
            ImportFiles.REJECT_HEADER,
            ImportFiles.ANOMALY_HEADER,
            null)) {
      reports.write(List.of(new Rejection(1, "", e.column(), e.getMessage())), List.of());
    }
  }

  void write(List<Rejection> rejected, List<Anomaly> found) throws IOException {
    for (Rejection r : sorted(rejected, Comparator.comparingLong(Rejection::line))) {
      rejects.print(r.line(), r.residentId(), r.column(), r.reason());
    }
    for (Anomaly a : sorted(found, Comparator.comparingLong(Anomaly::line))) {
      anomalies.print(a.line(), a.residentId(), a.column(), a.recorded(), a.expected(), a.note());
    }
    positions = new ReportPositions(rejects.sync(), anomalies.sync());
  }

  ReportPositions positions() {
    return positions;
  }

  @Override
  public void close() throws IOException {
    try (rejects) {
      anomalies.close();
    }
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    return items.stream().sorted(order).toList();
  }
}
