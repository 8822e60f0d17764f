package jp.mynacard.ui;

import jp.mynacard.api.JobReport;

/**
 * The share of a run done, in whole percent, for the operator's progress bar: the job report's own
 * {@code progress.share} (the figures of the progress lines and of /metrics), never rounded up to
 * 100 before the run has completed.
 */
final class RunProgress {
  private RunProgress() {}

  static int percent(JobReport r) {
    if (r.progress == null) {
      return 0;
    }
    int p = (int) Math.floor(r.progress.share * 100);
    return "COMPLETED".equals(r.batchStatus) ? p : Math.min(p, 99);
  }
}
