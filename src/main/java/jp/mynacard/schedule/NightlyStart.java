package jp.mynacard.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
  private static final List<String> ENCODINGS = List.of("{xor}", "{aes}", "{hash}");

  @Inject
  @ConfigProperty(name = "mynacard.operator.password")
  Optional<String> operatorPassword;

  @Inject
  @ConfigProperty(name = "mynacard.https.port", defaultValue = "9443")
  int httpsPort;

  /** The server listens here; any address ("*") includes the loopback one. */
  @Inject
  @ConfigProperty(name = "mynacard.http.host", defaultValue = "localhost")
  String httpHost;

  @Override
  public void run() {
    if (operatorPassword.isEmpty()) {
      LOG.severe("the nightly run cannot start: MYNACARD_OPERATOR_PASSWORD is not set");
      return;
    }
    Optional<String> encoding = encoding(operatorPassword.get());
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
      Answer started = send("POST", "/api/v1/jobs/renewal-notices");
      if (started.status == 202) {
        LOG.info("the nightly renewal-notices run has started");
        return;
      }
      Optional<Long> unfinished =
          started.status == 409 ? restartable(started.body) : Optional.empty();
      if (unfinished.isEmpty()) {
        LOG.severe(
            "the nightly renewal-notices run did not start: HTTP "
                + started.status
                + " "
                + started.body);
        return;
      }
      Answer restarted =
          send("PUT", "/ibm/api/batch/jobinstances/" + unfinished.get() + "?action=restart");
      if (restarted.status / 100 == 2) {
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
                + restarted.status
                + " "
                + restarted.body);
      }
    } catch (IOException e) {
      LOG.severe("the nightly renewal-notices run did not start: " + e);
    }
  }

  /**
   * The encoding of a password given as {@code securityUtility encode} writes it ({@code {xor}},
   * {@code {aes}}, {@code {hash}}), or empty for a plain one.
   */
  static Optional<String> encoding(String password) {
    for (String prefix : ENCODINGS) {
      if (password.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return Optional.of(prefix);
      }
    }
    return Optional.empty();
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

  private record Answer(int status, String body) {}

  private Answer send(String method, String path) throws IOException {
    String host =
        httpHost.equals("*") || httpHost.equals("0.0.0.0") || httpHost.equals("::")
            ? "localhost"
            : httpHost.contains(":") ? "[" + httpHost + "]" : httpHost;
    HttpURLConnection c =
        (HttpURLConnection)
            URI.create("https://" + host + ":" + httpsPort + path).toURL().openConnection();
    c.setRequestMethod(method);
    c.setDoOutput(true);
    c.setRequestProperty("Content-Type", "application/json");
    c.setRequestProperty("Connection", "close");
    c.setRequestProperty(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("operator:" + operatorPassword.get()).getBytes(StandardCharsets.UTF_8)));
    try (OutputStream out = c.getOutputStream()) {
      out.write("{}".getBytes(StandardCharsets.UTF_8));
    }
    int status = c.getResponseCode();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
      if (in != null) {
        in.transferTo(body);
      }
    }
    c.disconnect();
    return new Answer(status, body.toString(StandardCharsets.UTF_8));
  }
}
