package jp.mynacard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two of the README's promises on who may send what (issue 12): a body over 64 KiB is 413 (with a
 * declared length) while one of exactly 64 KiB is read, and Liberty's batch REST API, {@code
 * /ibm/api/batch}, answers the operator alone: 401 without credentials, 401 or 403 to the clerk,
 * the call center and the auditor, whatever they ask of it.
 */
@ExtendWith(ArquillianExtension.class)
class BodyLimitAndBatchApiIT {
  private static final int LIMIT = 64 * 1024;
  private static final String PREVIEW =
      "{\"birthDate\":\"2004-01-10\",\"issuedOn\":\"2023-05-01\"}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Test
  void aBodyOfExactly64KiBIsReadAndOneByteMoreIs413() throws Exception {
    Https.Response atLimit = preview(padded(LIMIT));
    Https.Response over = preview(padded(LIMIT + 1));

    assertEquals(200, atLimit.status(), atLimit.body());
    assertEquals(413, over.status(), over.body());
    JsonObject error = ApiClient.json(over);
    assertEquals(413, error.getInt("status"));
    assertTrue(error.getString("message").contains("64 KiB"), over.body());
  }

  /**
   * Without a Content-Length the limit is found while the body is read: JSON-B wraps the refusal,
   * which must still answer 413 (it answered 400, the JSON error, until issue 12 found it).
   */
  @Test
  void aChunkedBodyOver64KiBIs413Too() throws Exception {
    Https.Response atLimit = chunkedPreview(padded(LIMIT));
    Https.Response over = chunkedPreview(padded(LIMIT + 1));

    assertEquals(200, atLimit.status(), atLimit.body());
    assertEquals(413, over.status(), over.body());
    assertEquals(413, ApiClient.json(over).getInt("status"), over.body());
  }

  private static Https.Response chunkedPreview(byte[] body) throws Exception {
    return Https.sendChunked(
        "POST", ApiClient.url("validity/preview"), ApiClient.as("clerk"), "application/json", body);
  }

  @Test
  void libertysBatchApiIsRefusedToEveryRoleButOperator() throws Exception {
    String base = "https://localhost:" + ItServer.httpsPort() + "/ibm/api/batch";
    String start =
        "{\"applicationName\":\"mynacard\",\"moduleName\":\"mynacard.war\","
            + "\"jobXMLName\":\"renewal-notices\",\"jobParameters\":{\"dryRun\":\"true\"}}";
    List<String[]> calls =
        List.of(
            new String[] {"GET", "/jobinstances", null},
            new String[] {"GET", "/jobexecutions/1", null},
            new String[] {"POST", "/jobinstances", start},
            new String[] {"PUT", "/jobinstances/1?action=restart", "{}"},
            new String[] {"PUT", "/jobexecutions/1?action=stop", null},
            new String[] {"DELETE", "/jobinstances/1", null},
            new String[] {"GET", "/jobinstances/1/joblogs", null});
    for (String[] call : calls) {
      String what = call[0] + " " + call[1];
      assertEquals(401, Https.send(call[0], base + call[1], null, call[2]).status(), what);
      for (String user : List.of("clerk", "call-center", "auditor")) {
        // Liberty answers an authenticated user without a batch role 401 ("not authorized to
        // perform any batch operations"), or 403 where the role check comes later
        Https.Response r = Https.send(call[0], base + call[1], ApiClient.as(user), call[2]);
        assertTrue(r.status() == 401 || r.status() == 403, user + " " + what + ": " + r.body());
      }
    }
    Https.Response operator =
        Https.send("GET", base + "/jobinstances", ApiClient.as("operator"), null);
    assertEquals(200, operator.status(), operator.body());
  }

  /** The preview's body padded with blanks before its closing brace to {@code size} bytes. */
  private static byte[] padded(int size) {
    String open = PREVIEW.substring(0, PREVIEW.length() - 1);
    return (open + " ".repeat(size - PREVIEW.length()) + "}").getBytes(StandardCharsets.UTF_8);
  }

  private static Https.Response preview(byte[] body) throws Exception {
    return Https.send(
        "POST", ApiClient.url("validity/preview"), ApiClient.as("clerk"), "application/json", body);
  }
}
