package jp.mynacard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.mynacard.it.ItServer;
import jp.mynacard.openapi.ContractProxy;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/v1/jobs}: operators start jobs with checked parameters and follow them. */
@ExtendWith(ArquillianExtension.class)
// every call to /api/v1 through Prism: one that breaks the OpenAPI document fails (issue 15)
@ExtendWith(ContractProxy.class)
class JobApiIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  private static String url(String path) {
    return "https://localhost:" + ItServer.httpsPort() + "/api/v1/jobs/" + path;
  }

  private static String as(String user) {
    return Https.basic(user, ItServer.password(user));
  }

  private static JsonObject json(Https.Response r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  @Test
  void anOperatorStartsARunAndFollowsItToItsEndWithItsSummary() throws Exception {
    Https.Response started =
        Https.send(
            "POST",
            url("renewal-notices"),
            as("operator"),
            "{\"asOf\":\"2098-01-01\",\"allowDistantAsOf\":true,\"dryRun\":true}");

    assertEquals(202, started.status(), started.body());
    String location = started.header("Location");
    assertTrue(location.contains("/api/v1/jobs/executions/"), location);
    JsonObject end = awaitEnd(location);
    assertEquals("COMPLETED", end.getString("batchStatus"));
    assertEquals("0", end.getString("exitStatus"));
    assertEquals("2098-01-01", end.getJsonObject("parameters").getString("asOf"));
    assertEquals(
        "3",
        end.getJsonObject("parameters").getString("leadMonths"),
        "defaults are filled in before the job starts");
    assertNotNull(end.getJsonObject("summary"));
  }

  @Test
  void invalidParametersAre400BeforeAnyJobStarts() throws Exception {
    for (String body :
        new String[] {
          "{\"leadMonths\":\"0\"}",
          "{\"asOf\":\"2023-02-29\"}",
          "{\"as_of\":\"2030-01-01\"}",
          "{\"chunkSize\":\"many\"}",
          "{\"asOf\":[1,2]}",
          "{\"leadMonths\":\"100,101,102,103,104,105,106\"}",
          "[]",
          "42",
          "{\"asOf\":"
        }) {
      Https.Response r = Https.send("POST", url("renewal-notices"), as("operator"), body);
      assertEquals(400, r.status(), body + " -> " + r.body());
      assertTrue(json(r).getString("message").length() > 5, r.body());
    }
  }

  /**
   * Issue 11: an asOf more than seven days from today (Asia/Tokyo) is 400 unless the run says
   * allowDistantAsOf=true; the run that says it writes an audit line an auditor reads.
   */
  @Test
  void aDistantAsOfIs400WithoutAllowDistantAsOfAndAuditedWithIt() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    for (String body :
        new String[] {
          "{\"asOf\":\"2098-01-01\",\"dryRun\":true}",
          "{\"asOf\":\"2020-01-01\",\"dryRun\":true,\"allowDistantAsOf\":false}",
          "{\"asOf\":\"2098-01-01\",\"dryRun\":true,\"allowDistantAsOf\":\"yes\"}"
        }) {
      Https.Response r = Https.send("POST", url("renewal-notices"), as("operator"), body);
      assertEquals(400, r.status(), body + " -> " + r.body());
      assertTrue(json(r).getString("message").contains("allowDistantAsOf"), r.body());
    }

    Https.Response started =
        Https.send(
            "POST",
            url("renewal-notices"),
            as("operator"),
            "{\"asOf\":\"2098-01-01\",\"allowDistantAsOf\":\"true\",\"dryRun\":true}");
    assertEquals(202, started.status(), started.body());
    JsonObject end = awaitEnd(started.header("Location"));
    assertEquals("COMPLETED", end.getString("batchStatus"));
    assertEquals("true", end.getJsonObject("parameters").getString("allowDistantAsOf"));

    String instance = end.getJsonNumber("instanceId").toString();
    JsonObject line = distantAsOfAudit(before, instance);
    assertNotNull(line, "an audit line for run " + instance);
    assertEquals("renewal-notices#" + instance, line.getString("principal"));
    assertEquals("RUN", line.getString("targetType"));
    assertTrue(line.getString("detail").startsWith("asOf 2098-01-01 is "), line.toString());
  }

  /** Within seven days of today the bound does not apply, and nothing is audited. */
  @Test
  void anAsOfSevenDaysAheadRunsWithoutTheFlagAndIsNotAudited() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    String asOf = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7).toString();

    Https.Response started =
        Https.send(
            "POST",
            url("renewal-notices"),
            as("operator"),
            "{\"asOf\":\"" + asOf + "\",\"dryRun\":true}");

    assertEquals(202, started.status(), started.body());
    JsonObject end = awaitEnd(started.header("Location"));
    assertEquals("COMPLETED", end.getString("batchStatus"));
    assertEquals("false", end.getJsonObject("parameters").getString("allowDistantAsOf"));
    assertEquals(null, distantAsOfAudit(before, end.getJsonNumber("instanceId").toString()));
  }

  /** The DISTANT_AS_OF_ALLOWED line of a run since {@code from}, as an auditor reads it. */
  private static JsonObject distantAsOfAudit(Instant from, String runId) throws Exception {
    Https.Response r =
        Https.send(
            "GET",
            "https://localhost:" + ItServer.httpsPort() + "/api/v1/audit?limit=1000&from=" + from,
            as("auditor"),
            null);
    assertEquals(200, r.status(), r.body());
    return json(r).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
        .filter(e -> "DISTANT_AS_OF_ALLOWED".equals(e.getString("action")))
        .filter(e -> runId.equals(e.getString("targetId")))
        .findFirst()
        .orElse(null);
  }

  @Test
  void anImportWithoutInputFileIs400() throws Exception {
    Https.Response r = Https.send("POST", url("registry-import"), as("operator"), "{}");

    assertEquals(400, r.status());
    assertTrue(r.body().contains("inputFile is required"), r.body());
  }

  /** Issue 11: paths only inside their roots (the test server's roots are the temp folder). */
  @Test
  void anInputFileOrExportDirOutsideItsRootIs400AndNothingStarts() throws Exception {
    for (String body :
        new String[] {
          "{\"inputFile\":\"/proc/self/environ\"}",
          "{\"inputFile\":\"/etc/passwd\"}",
          "{\"inputFile\":\"../../etc/passwd\"}"
        }) {
      Https.Response r = Https.send("POST", url("registry-import"), as("operator"), body);
      assertEquals(400, r.status(), body + " -> " + r.body());
      assertTrue(json(r).getString("message").contains("lies outside the import root"), r.body());
    }
    Https.Response r =
        Https.send(
            "POST", url("renewal-notices"), as("operator"), "{\"exportDir\":\"/etc/cron.d\"}");
    assertEquals(400, r.status(), r.body());
    assertTrue(json(r).getString("message").contains("lies outside the export root"), r.body());
  }

  /**
   * Issue 11: starts, restarts and stops through our API are audited with the operator and the
   * parameters, paths only as their SHA-256; a restart reuses the parameters the job ran with.
   */
  @Test
  void startsAndRestartsAreAuditedWithTheOperatorAndHashedPathsAndStopsOnlyWhatRuns()
      throws Exception {
    java.nio.file.Path input =
        java.nio.file.Files.createTempDirectory("job-audit").resolve("yamada-registry.csv");
    java.nio.file.Files.writeString(input, "not,a,registry,header\r\n");
    Instant before = Instant.now().minusSeconds(1);
    Https.Response started =
        Https.send(
            "POST",
            url("registry-import"),
            as("operator"),
            Json.createObjectBuilder().add("inputFile", input.toString()).build().toString());
    assertEquals(202, started.status(), started.body());
    JsonObject failed = awaitEnd(started.header("Location"));
    assertEquals("FAILED", failed.getString("batchStatus"), failed.toString());
    long first = failed.getJsonNumber("executionId").longValue();

    Https.Response stopDone =
        Https.send("POST", url("executions/" + first + "/stop"), as("operator"), null);
    assertEquals(409, stopDone.status(), stopDone.body());
    Https.Response restarted =
        Https.send("POST", url("executions/" + first + "/restart"), as("operator"), null);
    assertEquals(202, restarted.status(), restarted.body());
    JsonObject again = awaitEnd(restarted.header("Location"));
    long second = again.getJsonNumber("executionId").longValue();
    assertTrue(second != first, again.toString());
    assertEquals(input.toString(), again.getJsonObject("parameters").getString("inputFile"));
    Https.Response restartOld =
        Https.send("POST", url("executions/" + first + "/restart"), as("operator"), null);
    assertEquals(409, restartOld.status(), "not the latest execution: " + restartOld.body());

    String hashed = JobAudit.sha256(input.toString());
    Https.Response audit =
        Https.send(
            "GET",
            "https://localhost:" + ItServer.httpsPort() + "/api/v1/audit?limit=1000&from=" + before,
            as("auditor"),
            null);
    assertEquals(200, audit.status(), audit.body());
    assertFalse(audit.body().contains("yamada"), "no path in the audit trail: " + audit.body());
    java.util.Map<String, JsonObject> jobLines = new java.util.HashMap<>();
    json(audit).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
        .filter(l -> "JOB".equals(l.getString("targetType")))
        // other tests of this class start jobs too, maybe in the same second
        .filter(
            l ->
                l.getString("targetId").equals(Long.toString(first))
                    || l.getString("targetId").equals(Long.toString(second)))
        .forEach(l -> jobLines.put(l.getString("action") + "#" + l.getString("targetId"), l));
    JsonObject start = jobLines.get("JOB_STARTED#" + first);
    JsonObject restart = jobLines.get("JOB_RESTARTED#" + second);
    assertNotNull(start, jobLines.toString());
    assertNotNull(restart, jobLines.toString());
    for (JsonObject line : new JsonObject[] {start, restart}) {
      assertEquals("operator", line.getString("principal"));
      assertEquals("operator", line.getString("role"));
      assertTrue(line.getString("detail").contains("inputFile=" + hashed), line.toString());
      assertTrue(line.getString("detail").startsWith("job registry-import "), line.toString());
    }
    assertEquals(2, jobLines.size(), "the refused stop and restart are not audited: " + jobLines);
  }

  @Test
  void restartOrStopOfAnUnknownExecutionIs404() throws Exception {
    for (String action : new String[] {"restart", "stop"}) {
      for (String id : new String[] {"987654321", "abc"}) {
        Https.Response r =
            Https.send("POST", url("executions/" + id + "/" + action), as("operator"), null);
        assertEquals(404, r.status(), action + " " + id + " -> " + r.body());
      }
      assertEquals(
          403,
          Https.send("POST", url("executions/1/" + action), as("clerk"), null).status(),
          action);
    }
  }

  @Test
  void anUnknownJobIs404WithTheReason() throws Exception {
    Https.Response r = Https.send("POST", url("no-such-job"), as("operator"), "{}");

    assertEquals(404, r.status());
    assertEquals("no job named no-such-job", json(r).getString("message"));
  }

  @Test
  void anUnknownExecutionIs404() throws Exception {
    assertEquals(
        404, Https.send("GET", url("executions/987654321"), as("operator"), null).status());
    assertEquals(404, Https.send("GET", url("executions/abc"), as("operator"), null).status());
  }

  @Test
  void onlyOperatorsMayStartJobs() throws Exception {
    assertEquals(401, Https.send("POST", url("renewal-notices"), null, "{}").status());
    for (String user : new String[] {"clerk", "call-center", "auditor"}) {
      assertEquals(403, Https.send("POST", url("renewal-notices"), as(user), "{}").status(), user);
    }
  }

  private static JsonObject awaitEnd(String location) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      JsonObject e = json(Https.send("GET", location, as("operator"), null));
      String status = e.getString("batchStatus");
      if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("STOPPED")) {
        assertFalse(e.isNull("endTime"));
        return e;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the run did not end");
  }
}
