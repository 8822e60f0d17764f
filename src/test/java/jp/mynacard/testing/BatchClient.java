package jp.mynacard.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Liberty's batch REST API as a municipal scheduler uses it: start a job, wait for its end, restart
 * it.
 */
public final class BatchClient {
  private final String base;
  private final String authorization;
  private final String application;

  public BatchClient(int httpsPort, String user, String password) {
    this(httpsPort, user, password, "mynacard");
  }

  /**
   * @param application the application's name in the server (its war file name)
   */
  public BatchClient(int httpsPort, String user, String password, String application) {
    this.application = application;
    this.base = "https://localhost:" + httpsPort + "/ibm/api/batch";
    this.authorization = Https.basic(user, password);
  }

  /** Inside the server: its own HTTPS port and the operator's password from its environment. */
  public static BatchClient insideServer() {
    return new BatchClient(
        Integer.parseInt(System.getProperty("mynacard.https.port", "9443")),
        "operator",
        System.getenv("MYNACARD_OPERATOR_PASSWORD"));
  }

  /** Starts {@code job} of the application and returns the job instance id. */
  public long start(String job, Map<String, String> parameters) throws Exception {
    var params = Json.createObjectBuilder();
    parameters.forEach(params::add);
    String body =
        Json.createObjectBuilder()
            .add("applicationName", application)
            .add("moduleName", application + ".war")
            .add("jobXMLName", job)
            .add("jobParameters", params)
            .build()
            .toString();
    JsonObject instance = send("POST", "/jobinstances", body).asJsonObject();
    return instance.getJsonNumber("instanceId").longValue();
  }

  public JsonObject restart(long instanceId) throws Exception {
    return restart(instanceId, Map.of());
  }

  /** Restarts with the previous parameters, {@code changed} replacing or adding some. */
  public JsonObject restart(long instanceId, Map<String, String> changed) throws Exception {
    var params = Json.createObjectBuilder();
    changed.forEach(params::add);
    String body = Json.createObjectBuilder().add("jobParameters", params).build().toString();
    return send(
            "PUT", "/jobinstances/" + instanceId + "?action=restart&reusePreviousParams=true", body)
        .asJsonObject();
  }

  /** The newest execution of the instance (batchStatus, exitStatus, executionId, ...). */
  public JsonObject latestExecution(long instanceId) throws Exception {
    JsonArray executions =
        send("GET", "/jobinstances/" + instanceId + "/jobexecutions", null).asJsonArray();
    JsonObject latest = null;
    for (JsonValue v : executions) {
      if (v.getValueType() == JsonValue.ValueType.OBJECT
          && v.asJsonObject().containsKey("executionId")
          && (latest == null
              || v.asJsonObject().getJsonNumber("executionId").longValue()
                  > latest.getJsonNumber("executionId").longValue())) {
        latest = v.asJsonObject();
      }
    }
    return latest;
  }

  /** Waits until the newest execution ends; fails after {@code timeout}. */
  public JsonObject awaitEnd(long instanceId, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      JsonObject e = latestExecution(instanceId);
      if (e != null
          && switch (e.getString("batchStatus")) {
            case "COMPLETED", "FAILED", "STOPPED", "ABANDONED" -> true;
            default -> false;
          }) {
        return e;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job instance " + instanceId + " did not end within " + timeout);
  }

  /** Waits until the newest execution of the instance has started step {@code stepName}. */
  public void awaitStep(long instanceId, String stepName, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      JsonObject e = latestExecution(instanceId);
      if (e != null) {
        long id = e.getJsonNumber("executionId").longValue();
        for (JsonValue step :
            send("GET", "/jobexecutions/" + id + "/stepexecutions", null).asJsonArray()) {
          if (step.getValueType() == JsonValue.ValueType.OBJECT
              && stepName.equals(step.asJsonObject().getString("stepName", ""))) {
            return;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job instance " + instanceId + " did not start " + stepName);
  }

  /** All job logs of the instance as text, as an operator reads them through the REST API. */
  public String jobLogs(long instanceId) throws Exception {
    Https.Response response =
        Https.send(
            "GET",
            base + "/jobinstances/" + instanceId + "/joblogs?type=text",
            authorization,
            null);
    if (response.status() >= 300) {
      throw new AssertionError("job logs of " + instanceId + " answered " + response.status());
    }
    return response.body();
  }

  private JsonValue send(String method, String path, String body) throws Exception {
    Https.Response response = Https.send(method, base + path, authorization, body);
    if (response.status() >= 300) {
      throw new AssertionError(
          method + " " + path + " answered " + response.status() + ": " + response.body());
    }
    return Json.createReader(new StringReader(response.body())).readValue();
  }
}
