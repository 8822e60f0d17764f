package jp.mynacard.api;

import static jp.mynacard.testing.ApiClient.audit;
import static jp.mynacard.testing.ApiClient.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItCards;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a new user (or an attacker) might send, in a bounded loop over every endpoint that takes
 * input: malformed and wrongly shaped JSON, huge bodies, SQL and path injection, control
 * characters, invalid UTF-8, wrong content types. Always a 4xx, never a 500, never a stack trace,
 * and the card and its audit trail exactly as before. Sent as a clerk, the most privileged user.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  private static List<byte[]> bodies() {
    List<String> json =
        List.of(
            "",
            "{",
            "}",
            "[]",
            "null",
            "42",
            "\"LOST\"",
            "{\"reason\":",
            "{\"reason\":null,\"channel\":null}",
            "{\"reason\":[1,2],\"channel\":{\"a\":1}}",
            "{\"reason\":\"' OR '1'='1\",\"channel\":\"PHONE\"}",
            "{\"reason\":\"LOST\",\"channel\":\"PHONE'); DROP TABLE card;--\"}",
            "{\"reason\":\"LOST\",\"channel\":\"PHONE\",\"reportedAt\":\"9999-99-99\"}",
            "{\"reason\":\"LOST\",\"channel\":\"PHONE\",\"reportedAt\":\"2999-01-01T00:00:00Z\"}",
            "{\"reason\":\"REISSUE;--\"}",
            "{\"individualNumber\":\"' OR 1=1 --\"}",
            "{\"individualNumber\":123456789018}",
            "{\"individualNumber\":\"12345678901８\"}",
            "{\"pin\":\"../../etc/passwd\"}",
            "{\"pin\":\"SIGNATURE\\u0000\"}",
            "{\"identityVerified\":\"yes\"}",
            "{\"identityVerified\":1}",
            "{\"birthDate\":\"1980-02-30\",\"issuedOn\":\"x\"}",
            "{\"reason\":\"LOST\",\"reason\":\"' OR 1=1\"}",
            "[".repeat(20_000),
            "{\"reason\":\"" + "A".repeat(1_000_000) + "\",\"channel\":\"PHONE\"}");
    List<byte[]> bodies = new ArrayList<>();
    json.forEach(j -> bodies.add(j.getBytes(StandardCharsets.UTF_8)));
    bodies.add(new byte[] {'{', '"', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
    return bodies;
  }

  private static final List<String> TYPES =
      Arrays.asList(
          "application/json",
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/json; charset=ebcdic");

  /**
   * The status a request must get, and the same status in the JSON error body: any 4xx would also
   * accept a 404 from an endpoint that vanished, or a 415 where the body was meant to be read.
   */
  private static void expectRefusal(Https.Response r, int status, String what) {
    String wrong = refusalMismatch(r, status, what);
    assertTrue(wrong == null, wrong);
  }

  /**
   * A URI with a NUL or a line break in it: Liberty refuses it with 400 before any routing, in a
   * body of its own that names the message CWWWC0005I (our error mappers never see it).
   */
  private static final int REFUSED_URI = -400;

  /** Null if {@code r} is the expected refusal, else what is wrong with it. */
  private static String refusalMismatch(Https.Response r, int status, String what) {
    String body = r.body().length() > 200 ? r.body().substring(0, 200) + "..." : r.body();
    if (status == REFUSED_URI) {
      return r.status() == 400 && r.body().contains("CWWWC0005I")
          ? null
          : what + ": expected Liberty's 400 CWWWC0005I, answered " + r.status() + " " + body;
    }
    if (r.status() != status) {
      return what + ": expected " + status + ", answered " + r.status() + " " + body;
    }
    if (r.body().contains("Exception") || r.body().contains("\tat ")) {
      return what + ": a stack trace in " + body;
    }
    try {
      JsonObject json = ApiClient.json(r);
      if (json.getInt("status", -1) != status || !json.containsKey("message")) {
        return what + ": the JSON body does not say " + status + ": " + body;
      }
    } catch (RuntimeException notJson) {
      return what + ": the body is not JSON: " + body;
    }
    return null;
  }

  /** Issue 11: hostile paths in job parameters are 400 with a message, and start nothing. */
  @Test
  void hostilePathsInJobParametersGet400() throws Exception {
    // outside the root, a way out of it, not a path at all
    List<String> refused =
        List.of(
            "/proc/self/environ", "../../../../etc/passwd", "/tmp/../etc/shadow", "bad\u0000name");
    // inside the (test server's) import root, but no such regular file: also refused as inputs;
    // as an exportDir they would be new folders inside the root, which is allowed
    List<String> noSuchFile =
        List.of(
            "/tmp/%2e%2e/%2e%2e/etc/passwd",
            "A".repeat(5000),
            "~root/.ssh/id_rsa",
            "file:///etc/passwd",
            "\\\\server\\share\\x.csv");
    List<String[]> cases = new ArrayList<>();
    for (String path : refused) {
      cases.add(new String[] {"registry-import", "inputFile", path});
      cases.add(new String[] {"renewal-notices", "exportDir", path});
    }
    for (String path : noSuchFile) {
      cases.add(new String[] {"registry-import", "inputFile", path});
    }
    for (String[] c : cases) {
      String body = "{\"" + c[1] + "\":" + jakarta.json.Json.createValue(c[2]) + "}";
      Https.Response r =
          Https.send("POST", ApiClient.url("jobs/" + c[0]), ApiClient.as("operator"), body);
      expectRefusal(r, 400, c[0] + " " + c[2]);
      JsonObject json = ApiClient.json(r);
      assertTrue(
          json.getString("message").startsWith("inputFile".equals(c[1]) ? "'" : "exportDir '"),
          r.body());
    }
  }

  /**
   * Issue 11: allowDistantAsOf is exactly true or false, asOf a yyyy-MM-dd date and, without the
   * flag, within seven days of today. Every other value is 400 naming the parameter, and starts
   * nothing (each body also sets a distant asOf, so a value read leniently would start a run).
   */
  @Test
  void hostileAsOfAndAllowDistantAsOfValuesGet400() throws Exception {
    List<String> bodies = new ArrayList<>();
    for (String flag :
        List.of(
            "\"yes\"",
            "\"TRUE \"",
            "\"TRUE\"",
            "\"True\"",
            "\" true\"",
            "\"1\"",
            "1",
            "0",
            "\"on\"",
            "\"true\\u0000\"",
            "\"true' OR '1'='1\"",
            "\"false\"",
            "false",
            "\"\"")) {
      bodies.add("{\"asOf\":\"2034-01-01\",\"allowDistantAsOf\":" + flag + "}");
    }
    for (String asOf :
        List.of(
            "+999999999-12-31",
            "-0001-01-01",
            "2034-01-01T00:00",
            "20340101",
            "2034-13-01",
            "\uff12\uff10\uff13\uff14-01-01",
            "2034-01-01' OR '1'='1",
            "0001-01-01")) {
      bodies.add(
          "{\"asOf\":" + jakarta.json.Json.createValue(asOf) + ",\"allowDistantAsOf\":\"yes\"}");
      bodies.add("{\"asOf\":" + jakarta.json.Json.createValue(asOf) + "}");
    }
    for (String body : bodies) {
      Https.Response r =
          Https.send("POST", ApiClient.url("jobs/renewal-notices"), ApiClient.as("operator"), body);
      expectRefusal(r, 400, body);
      String message = ApiClient.json(r).getString("message");
      assertTrue(
          message.startsWith("allowDistantAsOf ") || message.startsWith("asOf "),
          body + " -> " + message);
    }
  }

  /**
   * Issue 11: dryRun and confirmMassChanges take true or false and nothing else; anything else is
   * 400 naming the parameter, before any file is looked at, and starts nothing.
   */
  @Test
  void badDryRunOrConfirmMassChangesGet400() throws Exception {
    List<String> values =
        List.of(
            "\"yes\"",
            "\"1\"",
            "1",
            "0",
            "\"TRUE\"",
            "\"True\"",
            "\"true; DROP TABLE resident;--\"",
            "\"ｔｒｕｅ\"",
            "\"true\\u0000\"",
            "\"" + "t".repeat(5000) + "\"",
            "[true]",
            "{\"a\":true}",
            "null");
    for (String flag : List.of("dryRun", "confirmMassChanges")) {
      for (String value : values) {
        String body = "{\"inputFile\":\"registry.csv\",\"" + flag + "\":" + value + "}";
        Https.Response r =
            Https.send(
                "POST", ApiClient.url("jobs/registry-import"), ApiClient.as("operator"), body);
        expectRefusal(r, 400, body);
        assertTrue(r.body().contains(flag), body + " -> " + r.body());
      }
      // true and false pass the check: what is refused then is the missing file
      for (String value : List.of("true", "false", "\"true\"", "\" false \"")) {
        String body = "{\"inputFile\":\"no-such.csv\",\"" + flag + "\":" + value + "}";
        Https.Response r =
            Https.send(
                "POST", ApiClient.url("jobs/registry-import"), ApiClient.as("operator"), body);
        expectRefusal(r, 400, body);
        assertTrue(r.body().contains("no-such.csv"), body + " -> " + r.body());
      }
    }
  }

  /**
   * Over 64 KiB is 413 whatever the type (the length is refused before anything is read); a body
   * that is not {@code application/json} is 415; every JSON body of {@link #bodies()} is 400 (an
   * unknown charset included: the bytes are then not JSON), except a well-formed Individual Number
   * sent as a JSON number, which is looked up and found nowhere.
   */
  private static int expectedStatus(String path, String text, byte[] body, String type) {
    if (body.length > 64 * 1024) {
      return 413;
    }
    if (!type.startsWith("application/json")) {
      return 415;
    }
    return path.equals("residents/lookup") && text.equals("{\"individualNumber\":123456789018}")
        ? 404
        : 400;
  }

  private static String shown(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "...(" + text.length() + " chars)" : text;
  }

  @Test
  void hostileRequestsGet4xxAndChangeNothing() throws Exception {
    ItIds ids = ItIds.fresh();
    ApiClient.importRows(List.of(ItCards.valid(ids, 1)));
    String c = ItCards.cardOf(ids, 1);
    JsonObject before = card(c);
    List<String[]> endpoints =
        List.of(
            new String[] {"POST", "cards/" + c + "/suspension"},
            new String[] {"DELETE", "cards/" + c + "/suspension"},
            new String[] {"POST", "cards/" + c + "/abolition"},
            new String[] {"POST", "cards/" + c + "/pin-reset"},
            new String[] {"POST", "cards/" + c + "/pin-lock"},
            new String[] {"POST", "residents/lookup"},
            new String[] {"POST", "validity/preview"},
            new String[] {"POST", "jobs/renewal-notices"});
    int sent = 0;
    List<String> wrong = new ArrayList<>();
    for (String[] e : endpoints) {
      String user = e[1].startsWith("jobs") ? "operator" : "clerk";
      for (byte[] body : bodies()) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (user.equals("operator") && (text.isEmpty() || text.equals("null"))) {
          continue; // no body means "all defaults": a real run, not hostile input
        }
        for (String type : TYPES) {
          Https.Response r = Https.send(e[0], ApiClient.url(e[1]), ApiClient.as(user), type, body);
          String what = e[0] + " " + e[1] + " " + type + " " + shown(text);
          String mismatch = refusalMismatch(r, expectedStatus(e[1], text, body, type), what);
          if (mismatch != null) {
            wrong.add(mismatch);
          }
          sent++;
        }
      }
    }
    // path -> the status expected: an encoded slash is refused by the server before routing
    java.util.Map<String, Integer> paths = new java.util.LinkedHashMap<>();
    paths.put("cards/..%2F..%2F..%2Fetc%2Fpasswd", 400);
    paths.put("cards/%27%20OR%201%3D1--", 404);
    paths.put("cards/" + c + "%27%20OR%20%271%27%3D%271", 404);
    paths.put("cards/" + "A".repeat(5000), 404);
    paths.put("cards/%00", REFUSED_URI);
    paths.put("cards/C%0d%0aX-Injected:%201", REFUSED_URI);
    paths.put("cards/" + c + "/suspension/..%2F..%2Fabolition", 400);
    paths.put("audit?limit=-1", 400);
    paths.put("audit?from=%27%20OR%201%3D1", 400);
    paths.put("jobs/executions/%27%20OR%201%3D1", 404);
    paths.put("jobs/..%2F..%2Fibm%2Fapi%2Fbatch", 400);
    for (var path : paths.entrySet()) {
      String user =
          path.getKey().startsWith("audit")
              ? "auditor"
              : path.getKey().startsWith("jobs") ? "operator" : "clerk";
      Https.Response r = Https.send("GET", ApiClient.url(path.getKey()), ApiClient.as(user), null);
      String mismatch = refusalMismatch(r, path.getValue(), "GET " + shown(path.getKey()));
      if (mismatch != null) {
        wrong.add(mismatch);
      }
      sent++;
    }
    assertEquals(List.of(), wrong, wrong.size() + " of " + sent + " answers are wrong");
    Https.Response injected =
        Https.send(
            "GET",
            ApiClient.url("audit?cardId=%27%20OR%20%271%27%3D%271"),
            ApiClient.as("auditor"),
            null);
    assertEquals(200, injected.status(), injected.body());
    assertEquals(0, ApiClient.json(injected).getInt("count"), "no injection: " + injected.body());
    assertTrue(sent > 1000, sent + " requests");
    assertEquals(before, card(c), "the card is unchanged");
    assertTrue(audit(c).isEmpty(), "no change was audited");
  }

  /** Issue 11: the job control and audit endpoints added with the audit chain. */
  @Test
  void hostileExecutionIdsForRestartAndStopAre404AndVerifyIsForAuditorsOnly() throws Exception {
    // id -> the status expected: an encoded slash is refused by the server before routing
    java.util.Map<String, Integer> ids = new java.util.LinkedHashMap<>();
    ids.put("%27%20OR%201%3D1", 404);
    ids.put("..%2F..%2Fibm%2Fapi%2Fbatch", 400);
    ids.put("-1", 404);
    ids.put("99999999999999999999", 404);
    ids.put("1e3", 404);
    ids.put("%00", REFUSED_URI);
    ids.put("A".repeat(5000), 404);
    List<String> wrong = new ArrayList<>();
    for (var id : ids.entrySet()) {
      for (String action : List.of("restart", "stop")) {
        String path = "jobs/executions/" + id.getKey() + "/" + action;
        Https.Response r = Https.send("POST", ApiClient.url(path), ApiClient.as("operator"), "{}");
        String mismatch = refusalMismatch(r, id.getValue(), "POST " + shown(path));
        if (mismatch != null) {
          wrong.add(mismatch);
        }
      }
    }
    assertEquals(List.of(), wrong);
    for (String user : List.of("clerk", "call-center", "operator")) {
      Https.Response r = Https.send("GET", ApiClient.url("audit/verify"), ApiClient.as(user), null);
      expectRefusal(r, 403, user + " GET audit/verify");
    }
    Https.Response verify =
        Https.send(
            "GET",
            ApiClient.url("audit/verify?firstInvalidId=%27%20OR%201%3D1"),
            ApiClient.as("auditor"),
            null);
    assertEquals(200, verify.status(), verify.body());
    assertTrue(ApiClient.json(verify).getBoolean("valid"), verify.body());
  }
}
