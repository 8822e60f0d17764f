package jp.mynacard.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * HTTPS calls to the test server on localhost. Every call closes its connection: a connection kept
 * alive would make Liberty wait out its quiesce period when the test server stops.
 */
public final class Https {
  /** Status, body and headers of a response. */
  public record Response(
      int status, String body, Map<String, java.util.List<String>> headers, byte[] raw) {
    public String header(String name) {
      for (var e : headers.entrySet()) {
        if (name.equalsIgnoreCase(e.getKey())) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  /**
   * Where a call goes and who sees its answer: straight to the server, unless a test class runs its
   * calls through the OpenAPI contract proxy ({@code jp.mynacard.openapi.ContractProxy}), which
   * sends them through Prism and fails a call whose exchange breaks the document. Set for a whole
   * test class; failsafe runs the classes one after another.
   */
  public interface Route {
    /** The URL to send a call for {@code url} to, asking for {@code accept}, with this body. */
    String url(String url, String accept, String contentType, byte[] body);

    /** Sees each answer; may throw an {@link AssertionError}. */
    void answered(String method, String url, Response response);
  }

  private static final Route DIRECT =
      new Route() {
        @Override
        public String url(String url, String accept, String contentType, byte[] body) {
          return url;
        }

        @Override
        public void answered(String method, String url, Response response) {}
      };

  private static volatile Route route = DIRECT;

  private Https() {}

  public static void routeThrough(Route through) {
    route = through;
  }

  public static void routeDirect() {
    route = DIRECT;
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param authorization null for an anonymous call; @param body null for none
   */
  public static Response send(
      String method, String url, String authorization, String contentType, byte[] body)
      throws IOException {
    return send(method, url, authorization, contentType, body, "application/json");
  }

  /** A GET that accepts {@code accept} (e.g. application/pkix-crl). */
  public static Response get(String url, String authorization, String accept) throws IOException {
    return send("GET", url, authorization, null, null, accept);
  }

  public static Response send(
      String method,
      String url,
      String authorization,
      String contentType,
      byte[] body,
      String accept)
      throws IOException {
    return send(method, url, authorization, contentType, body, accept, false);
  }

  /** A JSON request whose body is sent chunked, without a Content-Length. */
  public static Response sendChunked(
      String method, String url, String authorization, String contentType, byte[] body)
      throws IOException {
    return send(method, url, authorization, contentType, body, "application/json", true);
  }

  private static Response send(
      String method,
      String url,
      String authorization,
      String contentType,
      byte[] body,
      String accept,
      boolean chunked)
      throws IOException {
    Route through = route;
    String target = through.url(url, accept, contentType, body);
    HttpURLConnection c = (HttpURLConnection) URI.create(target).toURL().openConnection();
    if (c instanceof HttpsURLConnection https) {
      https.setSSLSocketFactory(TRUST_ALL.getSocketFactory());
      https.setHostnameVerifier((host, session) -> "localhost".equals(host));
    }
    c.setRequestMethod(method);
    c.setRequestProperty("Connection", "close");
    if (accept != null) {
      c.setRequestProperty("Accept", accept);
    }
    c.setConnectTimeout(10_000);
    c.setReadTimeout(120_000);
    c.setInstanceFollowRedirects(false);
    if (authorization != null) {
      c.setRequestProperty("Authorization", authorization);
    }
    if (body != null) {
      c.setDoOutput(true);
      if (chunked) {
        c.setChunkedStreamingMode(4096);
      }
      c.setRequestProperty("Content-Type", contentType);
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
    }
    int status = c.getResponseCode();
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (in != null) {
      try (in) {
        in.transferTo(bytes);
      }
    }
    Response r =
        new Response(
            status,
            bytes.toString(StandardCharsets.UTF_8),
            c.getHeaderFields(),
            bytes.toByteArray());
    c.disconnect();
    through.answered(method, target, r);
    return r;
  }

  public static Response send(String method, String url, String authorization, String json)
      throws IOException {
    return send(
        method,
        url,
        authorization,
        "application/json",
        json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  /** Tests only: the test server's certificate is self-signed and lives on localhost. */
  private static final SSLContext TRUST_ALL = trustAll();

  /** A TLS context that trusts any certificate: the test server's own, self-signed. */
  public static SSLContext trustAll() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          null,
          new TrustManager[] {
            new X509TrustManager() {
              @Override
              public void checkClientTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public void checkServerTrusted(X509Certificate[] chain, String authType) {}

              @Override
              public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
              }
            }
          },
          new SecureRandom());
      return context;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
