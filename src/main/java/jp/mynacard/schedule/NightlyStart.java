package jp.mynacard.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts tonight's renewal-notices run the way an operator would: {@code POST
 * /api/v1/jobs/renewal-notices} on this server as the {@code operator} user. A scheduled task has
 * no caller, and Liberty's batch security lets only a user in a batch role start a job; going
 * through the API also gives the run the same validation and the same audit trail as any other.
 */
@ApplicationScoped
public class NightlyStart implements Runnable {
  private static final Logger LOG = Logger.getLogger(NightlyStart.class.getName());

  @Inject
  @ConfigProperty(name = "mynacard.operator.password")
  Optional<String> operatorPassword;

  @Inject
  @ConfigProperty(name = "mynacard.https.port", defaultValue = "9443")
  int httpsPort;

  @Override
  public void run() {
    if (operatorPassword.isEmpty()) {
      LOG.severe("the nightly run cannot start: MYNACARD_OPERATOR_PASSWORD is not set");
      return;
    }
    try {
      int status = post("https://localhost:" + httpsPort + "/api/v1/jobs/renewal-notices");
      if (status == 202) {
        LOG.info("the nightly renewal-notices run has started");
      } else {
        LOG.severe("the nightly renewal-notices run did not start: HTTP " + status);
      }
    } catch (IOException e) {
      LOG.severe("the nightly renewal-notices run did not start: " + e);
    }
  }

  private int post(String url) throws IOException {
    HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
    c.setRequestMethod("POST");
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
    try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
      if (in != null) {
        in.transferTo(OutputStream.nullOutputStream());
      }
    }
    c.disconnect();
    return status;
  }
}
