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

  static ImportReports open(ImportFiles files, ReportPositions checkpoint) throws IOException {
    ReportFile rejects = ReportFile.open(files.rejects(), files.charset(),
        ImportFiles.REJECT_HEADER, checkpoint == null ? null : checkpoint.rejects());
    ReportFile anomalies = ReportFile.open(files.anomalies(), files.charset(),
        ImportFiles.ANOMALY_HEADER, checkpoint == null ? null : checkpoint.anomalies());
    ImportReports reports = new ImportReports(rejects, anomalies, null);
    reports.positions = new ReportPositions(rejects.sync(), anomalies.sync());
    return reports;
  }

  /** When the file as a whole is refused: a rejects file with that one reason, no anomalies. */
  static void refuseFile(ImportFiles files, LayoutException e) throws IOException {
    try (ImportReports reports = open(files, null)) {
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
