package jp.mynacard.returned;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One pass over a list: checks each row ({@link ReturnRowRules}), hands the well-formed ones to the
 * recorder a window at a time (a transaction each), and writes the rejects of each window in line
 * order. A window closes at {@value #WINDOW} well-formed rows or {@value #WINDOW} rejects, so
 * neither a long list nor a file of nothing but bad lines is ever held in memory. Counts every row
 * read as accepted or rejected.
 */
final class ReturnsPass {
  static final int WINDOW = 500;

  /** Judges and records well-formed rows in one transaction, answering each row's outcome. */
  @FunctionalInterface
  interface Recorder {
    List<ReturnJudgement.Judged> record(List<ReturnedRow> rows) throws SQLException;
  }

  @FunctionalInterface
  interface Rejects {
    void write(ReturnRejection rejection) throws IOException;
  }

  private final Recorder recorder;
  private final Rejects rejects;
  private final List<ReturnedRow> rows = new ArrayList<>();
  private final List<ReturnRejection> rejected = new ArrayList<>();
  private long recorded;
  private long alreadyRecorded;
  private long rejectedCount;

  ReturnsPass(Recorder recorder, Rejects rejects) {
    this.recorder = recorder;
    this.rejects = rejects;
  }

  /** Reads the whole file; null when {@code stopping} said so between two windows. */
  ReturnsTally run(ReturnsFile file, LocalDate today, BooleanSupplier stopping)
      throws IOException, SQLException {
    for (ReturnLine line = file.next(); line != null; line = file.next()) {
      ReturnRowRules.Checked checked = ReturnRowRules.check(line, today);
      if (checked.accepted()) {
        rows.add(checked.row());
      } else {
        rejected.add(checked.rejection());
      }
      if (rows.size() >= WINDOW || rejected.size() >= WINDOW) {
        flush();
        if (stopping.getAsBoolean()) {
          return null;
        }
      }
    }
    flush();
    return ReturnsTally.of(recorded, alreadyRecorded, rejectedCount);
  }

  private void flush() throws IOException, SQLException {
    if (!rows.isEmpty()) {
      List<ReturnJudgement.Judged> judged = recorder.record(List.copyOf(rows));
      for (ReturnJudgement.Judged j : judged) {
        switch (j.outcome()) {
          case RECORDED -> recorded++;
          case ALREADY_RECORDED -> alreadyRecorded++;
          case REJECTED -> rejected.add(j.rejection());
        }
      }
      rows.clear();
    }
    rejected.sort(Comparator.comparingLong(ReturnRejection::line));
    for (ReturnRejection r : rejected) {
      rejects.write(r);
    }
    rejectedCount += rejected.size();
    rejected.clear();
  }
}
