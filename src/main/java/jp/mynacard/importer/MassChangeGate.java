package jp.mynacard.importer;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mynacard.batch.ExitStatus;
import jp.mynacard.batch.GivenParameters;
import jp.mynacard.validity.NumberMask;

/**
 * The step between the check and the import (issue 11): sums what the check counted and decides.
 *
 * <ul>
 *   <li>{@code dryRun=true}: the check's reports (rejects, anomalies, changes) become the run's
 *       reports; the job ends with 0 or 4 as a real run would have, and nothing was written.
 *   <li>More residents changed en masse (signature certificate revoked, card abolished) than the
 *       {@link MassChangeLimit} allows, without {@code confirmMassChanges=true}: the same reports,
 *       and the job fails with exit status 8 before changing anything. A restart with {@code
 *       confirmMassChanges=true} goes through without checking again.
 *   <li>Otherwise the import step runs (and writes the reports of a real run).
 * </ul>
 *
 * Runs again on every restart (allow-start-if-complete), so a restart's parameters decide.
 */
@Dependent
@Named("massChangeGate")
public class MassChangeGate extends AbstractBatchlet {
  static final String ALLOWED = "ALLOWED";
  static final String REFUSED = "REFUSED";
  static final String DRY_RUN = "DRY_RUN_";

  private static final Logger LOG = Logger.getLogger(MassChangeGate.class.getName());

  @Inject @BatchProperty String inputFile;

  @Inject @BatchProperty String encoding;

  @Inject @BatchProperty Boolean dryRun;

  @Inject @BatchProperty Boolean confirmMassChanges;

  @Inject JobContext job;

  @Inject ImportCheckStore checks;

  @Inject MassChangeSettings settings;

  @Override
  public String process() throws Exception {
    // a restart skips the check step and its parameter check: its parameters are checked here
    ImportParameters.validate(GivenParameters.of(job.getExecutionId()));
    ImportFiles files = ImportFiles.of(inputFile, encoding);
    int partitions = checks.partitions(job.getInstanceId());
    CheckTally tally = checks.totals(job.getInstanceId());
    MassChangeLimit limit = settings.limit();
    boolean over = limit.refuses(tally.touched(), tally.residentsChanged());
    if (Boolean.TRUE.equals(dryRun)) {
      ReportMerge.mergeCheck(files, partitions);
      return dryRun(files, tally, over ? " (over the mass-change limit " + limit + ")" : "");
    }
    if (over && !Boolean.TRUE.equals(confirmMassChanges)) {
      ReportMerge.mergeCheck(files, partitions);
      return refuse(files, tally, limit);
    }
    files.deleteParts(ImportFiles.CHECK_PARTS); // the import step writes its own reports
    log(
        Level.INFO,
        "registry-import checked: %s limit %s%s",
        tally.summary(),
        limit,
        over ? ", over it and confirmed (confirmMassChanges=true)" : "");
    return ALLOWED;
  }

  private String dryRun(ImportFiles files, CheckTally tally, String over) {
    String status = tally.hasWarnings() ? ExitStatus.WARNINGS : ExitStatus.OK;
    job.setExitStatus(status);
    log(
        Level.INFO,
        "registry-import dry run, nothing written to the registry: %s%s exitStatus=%s%s",
        tally.summary(),
        over,
        status,
        reports(files));
    return DRY_RUN + status;
  }

  private String refuse(ImportFiles files, CheckTally tally, MassChangeLimit limit) {
    job.setExitStatus(ExitStatus.FAILED);
    log(
        Level.SEVERE,
        "registry-import refused, nothing changed: it would revoke the signature certificate or"
            + " abolish the card of %d of the %d residents it touches, more than the limit %s"
            + " allows (%d). Check %s, then restart or run again with confirmMassChanges=true."
            + " %s%s",
        tally.residentsChanged(),
        tally.touched(),
        limit,
        limit.allowed(tally.touched()),
        files.changes(),
        tally.summary(),
        reports(files));
    return REFUSED;
  }

  private static String reports(ImportFiles files) {
    return " changes="
        + files.changes()
        + " rejects="
        + files.rejects()
        + " anomalies="
        + files.anomalies();
  }

  private static void log(Level level, String format, Object... values) {
    LOG.log(level, NumberMask.mask(String.format(format, values)));
  }
}
