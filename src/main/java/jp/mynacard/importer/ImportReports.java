package jp.mynacard.importer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The rejects and anomalies files of one import, written chunk by chunk, and for the check step
 * (issue 11) the changes file too.
 */
final class ImportReports implements Closeable {
  private final ReportFile rejects;
  private final ReportFile anomalies;
  private final ReportFile changes;
  private ReportPositions positions;

  private ImportReports(ReportFile rejects, ReportFile anomalies, ReportFile changes) {
    this.rejects = rejects;
    this.anomalies = anomalies;
    this.changes = changes;
  }

  /** One partition's part files of the import step (no header: the merge adds it). */
  static ImportReports openPart(ImportFiles files, int partition, ReportPositions checkpoint)
      throws IOException {
    String kind = ImportFiles.IMPORT_PARTS;
    return open(
        ImportFiles.part(files.rejects(), kind, partition),
        ImportFiles.part(files.anomalies(), kind, partition),
        null,
        files,
        false,
        checkpoint);
  }

  /** One partition's part files of the check step, the changes included. */
  static ImportReports openCheckPart(ImportFiles files, int partition, ReportPositions checkpoint)
      throws IOException {
    String kind = ImportFiles.CHECK_PARTS;
    return open(
        ImportFiles.part(files.rejects(), kind, partition),
        ImportFiles.part(files.anomalies(), kind, partition),
        ImportFiles.part(files.changes(), kind, partition),
        files,
        false,
        checkpoint);
  }

  private static ImportReports open(
      Path rejectsPath,
      Path anomaliesPath,
      Path changesPath,
      ImportFiles files,
      boolean headers,
      ReportPositions checkpoint)
      throws IOException {
    ReportFile rejects =
        ReportFile.open(
            rejectsPath,
            files.charset(),
            headers ? ImportFiles.REJECT_HEADER : null,
            checkpoint == null ? null : checkpoint.rejects());
    ReportFile anomalies =
        ReportFile.open(
            anomaliesPath,
            files.charset(),
            headers ? ImportFiles.ANOMALY_HEADER : null,
            checkpoint == null ? null : checkpoint.anomalies());
    ReportFile changes =
        changesPath == null
            ? null
            : ReportFile.open(
                changesPath,
                files.charset(),
                null,
                checkpoint == null ? null : checkpoint.changes());
    ImportReports reports = new ImportReports(rejects, anomalies, changes);
    reports.positions = reports.sync();
    return reports;
  }

  /** When the file as a whole is refused: a rejects file with that one reason, no anomalies. */
  static void refuseFile(ImportFiles files, LayoutException e) throws IOException {
    try (ImportReports reports =
        open(files.rejects(), files.anomalies(), null, files, true, null)) {
      reports.write(
          List.of(new Rejection(1, "", e.column(), e.getMessage())), List.of(), List.of());
    }
  }

  void write(List<Rejection> rejected, List<Anomaly> found, List<RowChange> changed)
      throws IOException {
    for (Rejection r : sorted(rejected, Comparator.comparingLong(Rejection::line))) {
      rejects.print(r.line(), r.residentId(), r.column(), r.reason());
    }
    for (Anomaly a : sorted(found, Comparator.comparingLong(Anomaly::line))) {
      anomalies.print(a.line(), a.residentId(), a.column(), a.recorded(), a.expected(), a.note());
    }
    // already in line order: the merge applies a chunk's rows in order
    for (RowChange c : changed) {
      changes.print(c.line(), c.residentId(), c.action(), c.targetId(), c.why());
    }
    positions = sync();
  }

  ReportPositions positions() {
    return positions;
  }

  private ReportPositions sync() throws IOException {
    return new ReportPositions(
        rejects.sync(), anomalies.sync(), changes == null ? 0 : changes.sync());
  }

  @Override
  public void close() throws IOException {
    try (rejects;
        anomalies) {
      if (changes != null) {
        changes.close();
      }
    }
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    return items.stream().sorted(order).toList();
  }
}
