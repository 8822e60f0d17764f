package jp.mynacard.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests to this server's own HTTPS endpoint as the {@code operator} user, for work that has no
 * caller (a scheduled task, the start-up) but needs one: Liberty's batch security lets only a user
 * in a batch role start a job or read the job repository. The password is the one Liberty's
 * registry checks ({@code MYNACARD_OPERATOR_PASSWORD}), and must be given plain to be sent.
 */
@ApplicationScoped
public class LoopbackOperator {
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

  public LoopbackOperator() {}

  /** For tests: the settings the server would inject. */
  public LoopbackOperator(Optional<String> operatorPassword, int httpsPort, String httpHost) {
    this.operatorPassword = operatorPassword;
    this.httpsPort = httpsPort;
    this.httpHost = httpHost;
  }

  /** An answer: HTTP status and body. */
  public record Answer(int status, String body) {}

  /** Whether a password is set at all. */
  public boolean hasPassword() {
    return operatorPassword.isPresent();
  }

  /**
   * The encoding of the password as {@code securityUtility encode} writes it ({@code {xor}}, {@code
   * {aes}}, {@code {hash}}), or empty for a plain one. Liberty's registry decodes it, but a hash
   * cannot be logged in with (nor, without Liberty's key, an {@code {aes}} value).
   */
  public Optional<String> passwordEncoding() {
    return operatorPassword.flatMap(LoopbackOperator::encoding);
  }

  public static Optional<String> encoding(String password) {
    for (String prefix : ENCODINGS) {
      if (password.regionMatches(true, 0, prefix, 0, prefix.length())) {
        return Optional.of(prefix);
      }
    }
    return Optional.empty();
  }

  /** Sends the request; a POST or PUT carries an empty JSON object. */
  public Answer send(String method, String path) throws IOException {
    String host =
        httpHost.equals("*") || httpHost.equals("0.0.0.0") || httpHost.equals("::")
            ? "localhost"
            : httpHost.contains(":") ? "[" + httpHost + "]" : httpHost;
    HttpURLConnection c =
        (HttpURLConnection)
            URI.create("https://" + host + ":" + httpsPort + path).toURL().openConnection();
    c.setRequestMethod(method);
    c.setRequestProperty("Connection", "close");
    c.setRequestProperty(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("operator:" + operatorPassword.orElse("")).getBytes(StandardCharsets.UTF_8)));
    if (!method.equals("GET")) {
      c.setDoOutput(true);
      c.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = c.getOutputStream()) {
        out.write("{}".getBytes(StandardCharsets.UTF_8));
      }
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
