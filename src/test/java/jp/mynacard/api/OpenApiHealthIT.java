package jp.mynacard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document lists every endpoint with its roles and errors; health reports up. */
@ExtendWith(ArquillianExtension.class)
class OpenApiHealthIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  private static String root(String path) {
    return "https://localhost:" + ItServer.httpsPort() + path;
  }

  @Test
  void everyEndpointIsDocumentedWithItsRolesAndErrors() throws Exception {
    Https.Response r = Https.get(root("/openapi?format=JSON"), null, "application/json");
    assertEquals(200, r.status(), r.body());
    JsonObject paths = ApiClient.json(r).getJsonObject("paths");
    Map<String, List<String>> expected =
        Map.ofEntries(
            Map.entry("/api/v1/cards/{cardId}", List.of("get")),
            Map.entry("/api/v1/cards/{cardId}/suspension", List.of("post", "delete")),
            Map.entry("/api/v1/cards/{cardId}/abolition", List.of("post")),
            Map.entry("/api/v1/cards/{cardId}/pin-lock", List.of("post")),
            Map.entry("/api/v1/cards/{cardId}/pin-reset", List.of("post")),
            Map.entry("/api/v1/residents/lookup", List.of("post")),
            Map.entry("/api/v1/audit", List.of("get")),
            Map.entry("/api/v1/crl", List.of("get")),
            Map.entry("/api/v1/validity/preview", List.of("post")),
            Map.entry("/api/v1/forecast", List.of("get")),
            Map.entry("/api/v1/jobs/{jobName}", List.of("post")),
            Map.entry("/api/v1/jobs/executions/{id}", List.of("get")));
    for (var e : expected.entrySet()) {
      assertTrue(paths.containsKey(e.getKey()), e.getKey() + " in " + paths.keySet());
      for (String method : e.getValue()) {
        JsonObject op = paths.getJsonObject(e.getKey()).getJsonObject(method);
        String where = method + " " + e.getKey();
        assertTrue(op != null, where);
        assertTrue(op.containsKey("x-roles"), where + " names its roles: " + op);
        JsonObject responses = op.getJsonObject("responses");
        if (!e.getKey().endsWith("/crl")) {
          assertTrue(responses.containsKey("401"), where + " documents 401");
          assertTrue(responses.containsKey("403"), where + " documents 403");
        }
        assertTrue(
            responses.keySet().stream().anyMatch(code -> code.startsWith("2")),
            where + " documents its success");
      }
    }
    assertEquals(
        "clerk,call-center",
        paths
            .getJsonObject("/api/v1/cards/{cardId}/suspension")
            .getJsonObject("post")
            .getString("x-roles"));
    assertTrue(
        paths
            .getJsonObject("/api/v1/cards/{cardId}/suspension")
            .getJsonObject("delete")
            .getJsonObject("responses")
            .containsKey("409"));
  }

  @Test
  void readinessReportsTheDatabaseTheJobRepositoryAndTheMailSession() throws Exception {
    Https.Response r = Https.get(root("/health/ready"), null, "application/json");
    assertEquals(200, r.status(), r.body());
    JsonObject health = ApiClient.json(r);
    assertEquals("UP", health.getString("status"));
    Map<String, String> checks =
        health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    assertEquals(Map.of("database", "UP", "job-repository", "UP", "mail-session", "UP"), checks);
  }
}
