package jp.mynacard.ui;

import jp.mynacard.api.JobReport;

/** The share of a run done, in percent, for the operator's progress bar. */
final class RunProgress {
  private RunProgress() {}

  static int percent(JobReport r) {
    return OperatorScreen.finished(r) && "COMPLETED".equals(r.batchStatus) ? 100 : 0;
  }
}
