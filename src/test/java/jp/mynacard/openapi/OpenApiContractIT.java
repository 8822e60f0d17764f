package jp.mynacard.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItCards;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.RegistryRows;
import jp.mynacard.testing.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenAPI document the server serves is the API's contract (issue 15): Redocly finds nothing
 * wrong with it, and every operation, its success and its error answers, sent through Prism as a
 * proxy ({@link ContractProxy}), answers as the document says, the fields that can be null sent as
 * null. The other API tests send their calls through the same proxy.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiContractIT {
  @RegisterExtension static final ContractProxy PROXY = new ContractProxy();

  private static final String JSON = "application/json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  private static String server() {
    return "https://localhost:" + ItServer.httpsPort();
  }

  private static JsonObject document() throws Exception {
    Https.Response r = Https.get(server() + "/openapi?format=JSON", null, JSON);
    assertEquals(200, r.status(), r.body());
    return ApiClient.json(r);
  }

  @Test
  void redoclyFindsNoProblemInTheServedDocument() throws Exception {
    Path document = OpenApiTools.OUTPUT.resolve("openapi-lint.yaml");
    Files.write(document, Https.get(server() + "/openapi", null, "application/yaml").raw());
    Path report = OpenApiTools.OUTPUT.resolve("redocly-lint.json");
    ProcessBuilder lint =
        new ProcessBuilder(
                OpenApiTools.tool("redocly").toString(),
                "lint",
                document.toAbsolutePath().toString(),
                "--config",
                OpenApiTools.HOME.resolve("redocly.yaml").toAbsolutePath().toString(),
                "--format=json")
            .redirectOutput(report.toFile())
            .redirectError(OpenApiTools.OUTPUT.resolve("redocly-lint.log").toFile());
    OpenApiTools.quiet(lint);
    Process p = lint.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "redocly lint did not end");
    JsonObject result =
        Json.createReader(new StringReader(Files.readString(report, StandardCharsets.UTF_8)))
            .readObject();
    List<String> problems =
        result.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
            .map(
                problem ->
                    problem.getString("severity")
                        + " "
                        + problem.getString("ruleId")
                        + ": "
                        + problem.getString("message")
                        + " at "
                        + problem.getJsonArray("location").getJsonObject(0).getString("pointer"))
            .toList();
    assertEquals(List.of(), problems, "redocly lint of " + document);
    assertEquals(0, result.getJsonObject("totals").getInt("errors"));
    assertEquals(0, p.exitValue(), "redocly lint's exit status");
  }

  /** What issue 15 found missing, stated of the document itself. */
  @Test
  void everyOperationHasAnIdItsRolesItsSecurityAndTypedParameters() throws Exception {
    JsonObject doc = document();
    assertEquals(
        List.of("/"),
        doc.getJsonArray("servers").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("url"))
            .toList(),
        "servers relative to the request");
    Set<String> ids = new HashSet<>();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path : paths.keySet()) {
      for (var method : paths.getJsonObject(path).entrySet()) {
        JsonObject op = method.getValue().asJsonObject();
        String where = method.getKey() + " " + path;
        assertTrue(ids.add(op.getString("operationId")), where + ": a unique operationId");
        assertTrue(op.containsKey("x-roles"), where + " names its roles");
        String security = op.getJsonArray("security").toString();
        assertEquals(
            path.equals("/api/v1/crl") ? "[]" : "[{\"basic\":[]}]", security, where + " security");
      }
    }
    assertEquals(16, ids.size(), ids.toString());

    JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
    // the fields an external validator found declared non-null (issue 15); a $ref cannot be
    // nullable in OpenAPI 3.0, so the suspension's own schema is
    assertTrue(nullable(schemas, "CardStatusView", "statusChangedAt"), "statusChangedAt");
    assertTrue(schemas.getJsonObject("SuspensionView").getBoolean("nullable", false), "suspension");
    assertTrue(nullable(schemas, "CertificateView", "revocationReason"), "revocationReason");
    assertTrue(nullable(schemas, "PinView", "lockedAt"), "lockedAt");

    JsonObject startJob = paths.getJsonObject("/api/v1/jobs/{jobName}").getJsonObject("post");
    String body =
        startJob
            .getJsonObject("requestBody")
            .getJsonObject("content")
            .getJsonObject(JSON)
            .getJsonObject("schema")
            .getString("$ref");
    JsonObject parameters = schemas.getJsonObject(body.substring(body.lastIndexOf('/') + 1));
    assertEquals("object", parameters.getString("type"), "the job parameters: " + parameters);
    assertEquals(3, parameters.getJsonObject("additionalProperties").getJsonArray("oneOf").size());
    assertEquals("integer", parameter(paths, "/api/v1/audit", "get", "limit").getString("type"));
    assertEquals("date-time", parameter(paths, "/api/v1/audit", "get", "from").getString("format"));
    assertEquals(
        "integer", parameter(paths, "/api/v1/jobs/executions/{id}", "get", "id").getString("type"));
    assertEquals("date", parameter(paths, "/api/v1/forecast", "get", "asOf").getString("format"));
  }

  private static boolean nullable(JsonObject schemas, String schema, String property) {
    return schemas
        .getJsonObject(schema)
        .getJsonObject("properties")
        .getJsonObject(property)
        .getBoolean("nullable", false);
  }

  private static JsonObject parameter(JsonObject paths, String path, String method, String name) {
    return paths.getJsonObject(path).getJsonObject(method).getJsonArray("parameters").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> name.equals(p.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " of " + method + " " + path))
        .getJsonObject("schema");
  }

  /**
   * Every operation once with its success and its usual refusals; {@link ContractProxy} fails any
   * call whose exchange breaks the document. At the end, each operation of the document must have
   * answered a success through the proxy: a new operation without traffic here fails the test.
   */
  @Test
  void everyOperationAnswersAsTheDocumentSaysThroughPrism() throws Exception {
    ItIds ids = ItIds.fresh();
    ApiClient.importRows(
        List.of(ItCards.valid(ids, 1), ItCards.valid(ids, 2), ids.national(3).withoutCard()));
    cards(ItCards.cardOf(ids, 1));
    residents(ids);
    audit(ItCards.cardOf(ids, 1));
    crl();
    validityAndForecast();
    jobs(ids);
    assertEquals(List.of(), uncovered(document()), "operations without a success answered");
  }

  private static void cards(String card) throws Exception {
    String at = "cards/" + card;
    JsonObject fresh = expect(200, "call-center", "GET", at, null);
    assertTrue(fresh.isNull("suspension"), "sent as null: " + fresh);
    assertTrue(fresh.containsKey("statusChangedAt"), fresh.toString());
    assertTrue(fresh.getJsonArray("pins").getJsonObject(0).isNull("lockedAt"), fresh.toString());
    assertTrue(
        ApiClient.certificate(fresh, "SIGNATURE").isNull("revocationReason"), fresh.toString());
    expect(404, "clerk", "GET", "cards/NO-SUCH-CARD", null);
    expect(401, "none", "GET", at, null);
    expect(403, "operator", "GET", at, null);

    String pin = "{\"pin\":\"USER_IDENTIFICATION\"}";
    JsonObject locked = expect(200, "call-center", "POST", at + "/pin-lock", pin);
    assertFalse(locked.getJsonArray("pins").getJsonObject(0).isNull("lockedAt"), locked.toString());
    expect(400, "call-center", "POST", at + "/pin-lock", "{\"pin\":\"PIN\"}");
    expect(200, "clerk", "POST", at + "/pin-reset", pin);
    expect(403, "call-center", "POST", at + "/pin-reset", pin);

    String loss = "{\"reason\":\"LOST\",\"channel\":\"PHONE\"}";
    JsonObject suspended = expect(201, "call-center", "POST", at + "/suspension", loss);
    assertFalse(suspended.isNull("suspension"), suspended.toString());
    assertFalse(
        ApiClient.certificate(suspended, "SIGNATURE").isNull("revocationReason"),
        suspended.toString());
    expect(200, "call-center", "POST", at + "/suspension", loss);
    expect(400, "call-center", "POST", at + "/suspension", "{\"reason\":\"LOST\"}");
    Https.Response plain =
        Https.send(
            "POST",
            ApiClient.url(at + "/suspension"),
            ApiClient.as("clerk"),
            "text/plain",
            loss.getBytes(StandardCharsets.UTF_8));
    assertEquals(415, plain.status(), plain.body());
    expect(409, "clerk", "POST", at + "/pin-reset", pin);
    expect(400, "clerk", "DELETE", at + "/suspension", "{\"identityVerified\":false}");
    expect(200, "clerk", "DELETE", at + "/suspension", "{\"identityVerified\":true}");
    expect(409, "clerk", "DELETE", at + "/suspension", "{\"identityVerified\":true}");

    expect(200, "clerk", "POST", at + "/abolition", "{\"reason\":\"LAPSE\"}");
    expect(409, "clerk", "POST", at + "/abolition", "{\"reason\":\"LAPSE\"}");
    expect(413, "clerk", "POST", at + "/abolition", "{\"reason\":\"" + "A".repeat(70_000) + "\"}");
  }

  private static void residents(ItIds ids) throws Exception {
    String path = "residents/lookup";
    JsonObject found = expect(200, "clerk", "POST", path, number(ids.number(2)));
    assertEquals(ItCards.cardOf(ids, 2), found.getString("cardId"));
    JsonObject withoutCard = expect(200, "clerk", "POST", path, number(ids.number(3)));
    assertTrue(withoutCard.isNull("cardId"), withoutCard.toString());
    expect(404, "clerk", "POST", path, number(TestNumbers.valid(ids.numberBase() + 999_999)));
    expect(400, "clerk", "POST", path, number(TestNumbers.wrongCheckDigit(ids.numberBase() + 2)));
    expect(403, "call-center", "POST", path, number(ids.number(2)));
  }

  private static String number(String individualNumber) {
    return "{\"individualNumber\":\"" + individualNumber + "\"}";
  }

  private static void audit(String card) throws Exception {
    JsonObject page = expect(200, "auditor", "GET", "audit?limit=50&cardId=" + card, null);
    assertTrue(page.getInt("count") > 0, page.toString());
    expect(200, "auditor", "GET", "audit?from=2020-01-01T00:00:00Z&to=2999-01-01T00:00:00Z", null);
    expect(400, "auditor", "GET", "audit?limit=0", null);
    expect(400, "auditor", "GET", "audit?from=yesterday", null);
    JsonObject verified = expect(200, "auditor", "GET", "audit/verify", null);
    assertTrue(verified.getBoolean("valid"), verified.toString());
    assertTrue(verified.isNull("firstInvalidId"), "sent as null: " + verified);
    expect(403, "clerk", "GET", "audit/verify", null);
  }

  /** Straight to Prism: the proxy route keeps binary answers away from it (see ContractProxy). */
  private static void crl() throws Exception {
    Https.Response r = Https.get(PROXY.base() + "/api/v1/crl", null, "application/pkix-crl");
    assertEquals(200, r.status());
    assertEquals("application/pkix-crl", r.header("Content-Type"));
    assertTrue(r.raw().length > 0);
  }

  private static void validityAndForecast() throws Exception {
    JsonObject child =
        expect(
            200,
            "clerk",
            "POST",
            "validity/preview",
            "{\"birthDate\":\"2015-01-10\",\"issuedOn\":\"2023-05-01\"}");
    assertTrue(child.isNull("signCertExpiresOn"), "under 15, sent as null: " + child);
    expect(
        400,
        "clerk",
        "POST",
        "validity/preview",
        "{\"birthDate\":\"2015-02-30\",\"issuedOn\":\"2023-05-01\"}");
    expect(200, "auditor", "GET", "forecast?from=2027-01-01&to=2027-01-31&asOf=2026-12-01", null);
    expect(400, "auditor", "GET", "forecast?from=2027-02-01&to=2027-01-01", null);
    expect(403, "call-center", "GET", "forecast?from=2027-01-01&to=2027-01-31", null);
  }

  /**
   * A dry-run import of 20,000 rows, stopped while it starts; an import of a file with a bad
   * header, which fails, restarted (and failing again); then the refusals. (A stopped import is not
   * restarted here: its restart can fail when the stop came before its partitions were planned.)
   */
  private static void jobs(ItIds ids) throws Exception {
    List<byte[]> lines = new ArrayList<>();
    lines.add(RegistryRows.header().getBytes(StandardCharsets.UTF_8));
    for (int i = 100; i < 20_100; i++) {
      lines.add(ItCards.valid(ids, i).csv().getBytes(StandardCharsets.UTF_8));
    }
    String body = importOf(ItJobs.write(lines), true);
    Https.Response started = call("operator", "POST", "jobs/registry-import", body);
    assertEquals(202, started.status(), started.body());
    assertNotNull(started.header("Location"));
    long id = ApiClient.json(started).getJsonNumber("executionId").longValue();
    Https.Response stopping = call("operator", "POST", "jobs/executions/" + id + "/stop", null);
    assertEquals(202, stopping.status(), "stopped while it starts: " + stopping.body());
    JsonObject stopped = awaitEnd(id);
    assertEquals("STOPPED", stopped.getString("batchStatus"), stopped.toString());
    expect(409, "operator", "POST", "jobs/executions/" + id + "/stop", null);

    String badHeader =
        importOf(
            ItJobs.write(List.of("not,a,registry,header".getBytes(StandardCharsets.UTF_8))), false);
    long failed =
        expect(202, "operator", "POST", "jobs/registry-import", badHeader)
            .getJsonNumber("executionId")
            .longValue();
    assertEquals("FAILED", awaitEnd(failed).getString("batchStatus"));
    Https.Response restarted =
        call("operator", "POST", "jobs/executions/" + failed + "/restart", null);
    assertEquals(202, restarted.status(), restarted.body());
    assertNotNull(restarted.header("Location"));
    long again = ApiClient.json(restarted).getJsonNumber("executionId").longValue();
    JsonObject end = awaitEnd(again);
    assertEquals("8", end.getString("exitStatus"), end.toString());
    expect(409, "operator", "POST", "jobs/executions/" + failed + "/restart", null);

    expect(404, "operator", "GET", "jobs/executions/987654321", null);
    expect(404, "operator", "GET", "jobs/executions/abc", null);
    expect(404, "operator", "POST", "jobs/no-such-job", "{}");
    expect(400, "operator", "POST", "jobs/registry-import", "{\"inputFile\":null}");
    expect(400, "operator", "POST", "jobs/registry-import", "{\"nothing\":\"1\"}");
    expect(403, "clerk", "POST", "jobs/registry-import", body);
  }

  /** An import's parameters as JSON, a number and a boolean among them. */
  private static String importOf(Path input, boolean dryRun) {
    return Json.createObjectBuilder()
        .add("inputFile", input.toString())
        .add("dryRun", dryRun)
        .add("chunkSize", 100)
        .build()
        .toString();
  }

  private static JsonObject awaitEnd(long id) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonObject e = expect(200, "operator", "GET", "jobs/executions/" + id, null);
      if (Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
          .contains(e.getString("batchStatus"))) {
        return e;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("execution " + id + " did not end");
  }

  private static Https.Response call(String user, String method, String path, String json)
      throws Exception {
    return ApiClient.call(user, method, path, json);
  }

  /** A call that must answer {@code status}; an error must say so in JSON. Its body as JSON. */
  private static JsonObject expect(int status, String user, String method, String path, String json)
      throws Exception {
    Https.Response r = call(user, method, path, json);
    assertEquals(status, r.status(), method + " " + path + " as " + user + ": " + r.body());
    JsonObject body = ApiClient.json(r);
    if (status >= 400) {
      assertEquals(status, body.getInt("status"), r.body());
      assertTrue(body.containsKey("message"), r.body());
    }
    return body;
  }

  /** The operations (method and path) that answered no 2xx through the proxy. */
  private static List<String> uncovered(JsonObject doc) {
    List<String> missing = new ArrayList<>();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path : paths.keySet()) {
      String pattern = path.replaceAll("\\{[^/]+}", "[^/]+");
      for (String method : paths.getJsonObject(path).keySet()) {
        boolean answered =
            PROXY.exchanges().stream()
                .anyMatch(
                    e ->
                        e.method().equalsIgnoreCase(method)
                            && e.path().matches(pattern)
                            && e.status() >= 200
                            && e.status() < 300);
        if (!answered) {
          missing.add(method + " " + path);
        }
      }
    }
    return missing;
  }
}
