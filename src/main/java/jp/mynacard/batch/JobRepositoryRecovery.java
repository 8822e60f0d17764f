package jp.mynacard.batch;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Reads the job repository once the server has started, so that Liberty recovers at once what this
 * server was running when it was killed. Liberty marks those jobs and partitions failed only at its
 * batch persistence's first use after the restart, not when the server starts. On one server that
 * use soon follows (the next job, the operator's screen). On an executor of a cluster (issue 16)
 * nothing may use it: the partition it was running when it was killed stayed "started", and the
 * dispatcher's job waited for it for ever. Once the executor has marked it (failed, and
 * "recovered", which the dispatcher looks for every 15 s) the job fails, and a restart runs the
 * partition again from its last checkpoint.
 *
 * <p>The read goes through Liberty's batch REST API as the operator ({@link LoopbackOperator}),
 * because Liberty's batch security refuses a repository read without a caller, and code that runs
 * at start-up has none (a servlet's run-as identity is not given to one loaded at start-up:
 * open-liberty issue 17092).
 */
@ApplicationScoped
public class JobRepositoryRecovery {
  private static final Logger LOG = Logger.getLogger(JobRepositoryRecovery.class.getName());

  /** The application answers requests only once its start is over: try for two minutes. */
  static final int ATTEMPTS = 60;

  static final long DELAY_SECONDS = 2;

  static final String READ = "/ibm/api/batch/jobinstances?page=0&pageSize=1";

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject LoopbackOperator loopback;

  void begin(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Optional<String> why = unavailable();
    if (why.isPresent()) {
      LOG.info(
          "the job repository is not read at start ("
              + why.get()
              + "): what this server was running when it stopped is marked failed at its first"
              + " use");
      return;
    }
    scheduler.schedule(() -> attempt(1), DELAY_SECONDS, TimeUnit.SECONDS);
  }

  private Optional<String> unavailable() {
    if (!loopback.hasPassword()) {
      return Optional.of("MYNACARD_OPERATOR_PASSWORD is not set");
    }
    return loopback
        .passwordEncoding()
        .map(e -> "MYNACARD_OPERATOR_PASSWORD is given encoded, " + e);
  }

  private void attempt(int n) {
    String outcome;
    try {
      LoopbackOperator.Answer answer = loopback.send("GET", READ);
      if (answer.status() == 200) {
        LOG.info("job repository read at start: recovery done");
        return;
      }
      outcome = "HTTP " + answer.status();
    } catch (IOException e) {
      outcome = e.toString();
    }
    if (n >= ATTEMPTS) {
      LOG.warning(
          "the job repository could not be read at start ("
              + outcome
              + "): what this server was running when it stopped is marked failed at its first"
              + " use");
      return;
    }
    scheduler.schedule(() -> attempt(n + 1), DELAY_SECONDS, TimeUnit.SECONDS);
  }
}
