package jp.mynacard.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import jp.mynacard.it.ItServer;

/** The API as its users call it from outside the server: HTTPS, basic authentication, JSON. */
public final class ApiClient {
  private ApiClient() {}

  public static String url(String path) {
    return "https://localhost:" + ItServer.httpsPort() + "/api/v1/" + path;
  }

  /** The Authorization header of a user, or null for {@code "none"}. */
  public static String as(String user) {
    return "none".equals(user) ? null : Https.basic(user, ItServer.password(user));
  }

  public static Https.Response call(String user, String method, String path, String json)
      throws Exception {
    return Https.send(method, url(path), as(user), json);
  }

  public static JsonObject json(Https.Response r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  /** GET a card as a clerk; fails unless 200. */
  public static JsonObject card(String cardId) throws Exception {
    Https.Response r = call("clerk", "GET", "cards/" + cardId, null);
    if (r.status() != 200) {
      throw new AssertionError("GET card answered " + r.status() + ": " + r.body());
    }
    return json(r);
  }

  /** A certificate of a card's view by kind. */
  public static JsonObject certificate(JsonObject card, String kind) {
    return card.getJsonArray("certificates").getValuesAs(JsonObject.class).stream()
        .filter(c -> kind.equals(c.getString("kind")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " certificate in " + card));
  }

  /** The audit lines of a card, as an auditor reads them. */
  public static List<JsonObject> audit(String cardId) throws Exception {
    Https.Response r = call("auditor", "GET", "audit?limit=1000&cardId=" + cardId, null);
    if (r.status() != 200) {
      throw new AssertionError("GET audit answered " + r.status() + ": " + r.body());
    }
    return json(r).getJsonArray("entries").getValuesAs(JsonObject.class);
  }

  public static BatchClient operator() {
    return new BatchClient(ItServer.httpsPort(), "operator", ItServer.password("operator"));
  }

  /** Imports rows through the batch REST API from outside the server; returns the execution. */
  public static JsonObject importRows(List<RegistryRows> rows) throws Exception {
    return ItJobs.importRows(operator(), rows);
  }

  public static JsonObject run(String job, Map<String, String> parameters) throws Exception {
    return ItJobs.run(operator(), job, parameters);
  }
}
