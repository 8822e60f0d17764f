package jp.mynacard.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.mynacard.batch.LoopbackOperator;

/**
 * Starts tonight's renewal-notices run the way an operator would: {@code POST
 * /api/v1/jobs/renewal-notices} on this server as the {@code operator} user. A scheduled task has
 * no caller, and Liberty's batch security lets only a user in a batch role start a job; going
 * through the API also gives the run the same validation and the same audit trail as any other.
 *
 * <p>When an earlier run did not finish (the server went down in the night, say), the API refuses
 * with 409 and names it; the schedule then restarts that run instead, through Liberty's batch REST
 * API, so its letters reach the vendor without anyone having to act. Tonight's items are caught up
 * by the next night's run, whose window still holds them.
 */
@ApplicationScoped
public class NightlyStart implements Runnable {
  private static final Logger LOG = Logger.getLogger(NightlyStart.class.getName());
  private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");

  @Inject LoopbackOperator loopback;

  @Override
  public void run() {
    if (!loopback.hasPassword()) {
      LOG.severe("the nightly run cannot start: MYNACARD_OPERATOR_PASSWORD is not set");
      return;
    }
    Optional<String> encoding = loopback.passwordEncoding();
    if (encoding.isPresent()) {
      // Liberty's registry decodes it, but a hash cannot be logged in with (nor, without Liberty's
      // key, an {aes} value): sending it would only earn a 401 in the night
      LOG.severe(
          "the nightly run cannot start: MYNACARD_OPERATOR_PASSWORD is given encoded ("
              + encoding.get()
              + "), and the schedule logs in as operator with the plain password; give the"
              + " operator's password plain, or set MYNACARD_SCHEDULE_ENABLED=false and start the"
              + " runs with batch-job");
      return;
    }
    try {
      LoopbackOperator.Answer started = loopback.send("POST", "/api/v1/jobs/renewal-notices");
      if (started.status() == 202) {
        LOG.info("the nightly renewal-notices run has started");
        return;
      }
      Optional<Long> unfinished =
          started.status() == 409 ? restartable(started.body()) : Optional.empty();
      if (unfinished.isEmpty()) {
        LOG.severe(
            "the nightly renewal-notices run did not start: HTTP "
                + started.status()
                + " "
                + started.body());
        return;
      }
      LoopbackOperator.Answer restarted =
          loopback.send(
              "PUT", "/ibm/api/batch/jobinstances/" + unfinished.get() + "?action=restart");
      if (restarted.status() / 100 == 2) {
        LOG.warning(
            "renewal-notices run "
                + unfinished.get()
                + " had not finished; the nightly schedule restarted it instead of starting a new"
                + " run (tonight's items follow with the next run)");
      } else {
        LOG.severe(
            "renewal-notices run "
                + unfinished.get()
                + " had not finished and could not be restarted: HTTP "
                + restarted.status()
                + " "
                + restarted.body());
      }
    } catch (IOException e) {
      LOG.severe("the nightly renewal-notices run did not start: " + e);
    }
  }

  /** The job instance named by a 409 of the job API when it waits for a restart. */
  static Optional<Long> restartable(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject conflict = reader.readObject();
      if (conflict.containsKey("instanceId")
          && RESTARTABLE.contains(conflict.getString("state", ""))) {
        return Optional.of(conflict.getJsonNumber("instanceId").longValue());
      }
    } catch (JsonException | ClassCastException e) {
      // not the job API's conflict body: nothing to restart
    }
    return Optional.empty();
  }
}
