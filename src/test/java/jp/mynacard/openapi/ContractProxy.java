package jp.mynacard.openapi;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.Https;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class's API calls through Stoplight Prism in proxy mode, in front of the test server
 * and holding the OpenAPI document that server serves: every call to {@code /api/v1} goes through
 * it, and a call whose request or answer breaks the document (see {@link Violations}) fails there,
 * in the test that made it, naming what broke. Register it after the Arquillian extension, which
 * starts the server.
 *
 * <p>Two kinds of call go straight to the server: those for an answer that is not JSON (the CRL),
 * since Prism re-encodes a proxied body as UTF-8 text, which garbles binary bytes
 * (stoplightio/prism#1321; {@link OpenApiContractIT} sends the CRL through Prism on its own to
 * check all but its bytes), and those whose JSON body is malformed, which Prism answers itself.
 * Test classes that send mostly such bytes (HostileInputIT, BodyLimitAndBatchApiIT) do not use it.
 */
public class ContractProxy implements BeforeAllCallback, AfterAllCallback, Https.Route {
  /** One call through the proxy: what a coverage check needs. */
  record Exchange(String method, String path, int status) {}

  private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
  private String server;
  private String base;
  private Process prism;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = "https://localhost:" + ItServer.httpsPort();
    Path document = OpenApiTools.OUTPUT.resolve("openapi.yaml");
    Https.Response served = Https.get(server + "/openapi", null, "application/yaml");
    if (served.status() != 200) {
      throw new IllegalStateException("GET /openapi answered " + served.status());
    }
    Path prismBin = OpenApiTools.tool("prism");
    Files.write(document, served.raw());
    int port = freePort();
    Path log =
        OpenApiTools.OUTPUT.resolve(
            "prism-" + context.getRequiredTestClass().getSimpleName() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                prismBin.toString(),
                "proxy",
                document.toAbsolutePath().toString(),
                server,
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--cors=false")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    OpenApiTools.quiet(builder);
    // the test server's certificate is self-signed: Prism, and only Prism, accepts it
    builder.environment().put("NODE_TLS_REJECT_UNAUTHORIZED", "0");
    prism = builder.start();
    awaitListening(port, log);
    base = "http://127.0.0.1:" + port;
    Https.routeThrough(this);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    Https.routeDirect();
    if (prism != null) {
      prism.descendants().forEach(ProcessHandle::destroy);
      prism.destroy();
      if (!prism.waitFor(10, TimeUnit.SECONDS)) {
        prism.destroyForcibly();
      }
    }
  }

  /** Where Prism listens, e.g. {@code http://127.0.0.1:41234}; paths as on the server. */
  String base() {
    return base;
  }

  /** The calls made through the proxy so far. */
  List<Exchange> exchanges() {
    synchronized (exchanges) {
      return List.copyOf(exchanges);
    }
  }

  @Override
  public String url(String url, String accept, String contentType, byte[] body) {
    boolean through =
        url.startsWith(server + "/api/v1/")
            && (accept == null || accept.contains("json"))
            && !malformedJson(contentType, body);
    return through ? base + url.substring(server.length()) : url;
  }

  /**
   * A body sent as JSON that is not JSON: Prism answers it itself ({@code invalid_json}) instead of
   * forwarding it, so the server's own answer to it can only be seen directly.
   */
  private static boolean malformedJson(String contentType, byte[] body) {
    if (body == null || contentType == null || !contentType.contains("json")) {
      return false;
    }
    try (JsonReader reader =
        Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
      reader.readValue();
      return false;
    } catch (RuntimeException notJson) {
      return true;
    }
  }

  @Override
  public void answered(String method, String url, Https.Response response) {
    if (!url.startsWith(base + "/")) {
      return;
    }
    String path = url.substring(base.length());
    exchanges.add(new Exchange(method, path.replaceFirst("\\?.*", ""), response.status()));
    List<Violations.Finding> breaking =
        Violations.of(response.header(Violations.HEADER)).breaking(response.status());
    if (!breaking.isEmpty()) {
      String body = response.body();
      throw new AssertionError(
          method
              + " "
              + path
              + " answered "
              + response.status()
              + " against the OpenAPI document: "
              + breaking
              + "; body: "
              + (body.length() > 500 ? body.substring(0, 500) + "..." : body));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void awaitListening(int port, Path log) throws Exception {
    Instant end = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(end)) {
      if (!prism.isAlive()) {
        throw new IllegalStateException("Prism ended: " + tail(log));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("Prism did not listen within 60 s: " + tail(log));
  }

  private static String tail(Path log) throws IOException {
    String text = Files.readString(log, StandardCharsets.UTF_8);
    return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
  }
}
