package jp.mynacard.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mynacard.it.ItServer;

/**
 * A running job seen from outside, as an operator sees it while the server holds the database: the
 * application's report of an execution (its counts so far, read by the server from the registry:
 * committed letters, the import's committed rows, the outbox) and Liberty's step executions.
 */
public final class JobWatch {
  private final String authorization = Https.basic("operator", ItServer.password("operator"));
  private final String origin = "https://localhost:" + ItServer.httpsPort();

  /** {@code GET /api/v1/jobs/executions/{id}}: batchStatus, summary, mail. */
  public JsonObject report(long executionId) throws Exception {
    return get("/api/v1/jobs/executions/" + executionId).asJsonObject();
  }

  /** The newest execution's id of a job instance. */
  public long latestExecution(long instanceId) throws Exception {
    long latest = -1;
    for (JsonValue v :
        get("/ibm/api/batch/jobinstances/" + instanceId + "/jobexecutions").asJsonArray()) {
      if (v.getValueType() == JsonValue.ValueType.OBJECT
          && v.asJsonObject().containsKey("executionId")) {
        latest = Math.max(latest, v.asJsonObject().getJsonNumber("executionId").longValue());
      }
    }
    if (latest < 0) {
      throw new AssertionError("job instance " + instanceId + " has no execution yet");
    }
    return latest;
  }

  /** Step name → batch status of the steps an execution has started, in the order it did. */
  public Map<String, String> steps(long executionId) throws Exception {
    Map<String, String> steps = new LinkedHashMap<>();
    for (JsonValue v :
        get("/ibm/api/batch/jobexecutions/" + executionId + "/stepexecutions").asJsonArray()) {
      if (v.getValueType() == JsonValue.ValueType.OBJECT) {
        JsonObject step = v.asJsonObject();
        steps.put(step.getString("stepName", "?"), step.getString("batchStatus", "?"));
      }
    }
    return steps;
  }

  private JsonValue get(String path) throws Exception {
    Https.Response response = Https.send("GET", origin + path, authorization, null);
    if (response.status() >= 300) {
      throw new AssertionError(
          "GET " + path + " answered " + response.status() + ": " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readValue();
  }
}
