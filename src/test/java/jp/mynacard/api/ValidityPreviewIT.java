package jp.mynacard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import jp.mynacard.it.ItServer;
import jp.mynacard.openapi.ContractProxy;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/v1/validity/preview} over HTTPS, as a counter clerk's client calls it. */
@ExtendWith(ArquillianExtension.class)
// every call to /api/v1 through Prism: one that breaks the OpenAPI document fails (issue 15)
@ExtendWith(ContractProxy.class)
class ValidityPreviewIT {
  private static final String ADULT =
      """
      {"birthDate":"2004-01-10","applicationReceivedOn":"2022-04-01","issuedOn":"2023-05-01"}""";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  private static String url() {
    return "https://localhost:" + ItServer.httpsPort() + "/api/v1/validity/preview";
  }

  private static String as(String user) {
    return Https.basic(user, ItServer.password(user));
  }

  @Test
  void clerkGetsEachDateWithTheRuleThatDecidedIt() throws Exception {
    Https.Response r = Https.send("POST", url(), as("clerk"), ADULT);

    assertEquals(200, r.status(), r.body());
    JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
    assertEquals("2033-01-10", body.getString("cardExpiresOn"));
    assertEquals("2028-01-10", body.getString("userCertExpiresOn"));
    assertEquals("2028-01-10", body.getString("signCertExpiresOn"));
    assertEquals("2027-10-11", body.getString("renewalOpensOn"));
    assertTrue(body.getJsonObject("rule").getString("cardExpiresOn").startsWith("10th birthday"));
  }

  @Test
  void aChildGetsNoSignatureCertificateAndTheAnswerSaysNull() throws Exception {
    Https.Response r =
        Https.send(
            "POST",
            url(),
            as("clerk"),
            "{\"birthDate\":\"2015-03-03\",\"issuedOn\":\"2024-01-15\"}");

    JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
    assertTrue(body.isNull("signCertExpiresOn"), r.body());
    assertEquals("2028-03-03", body.getString("cardExpiresOn"));
  }

  @Test
  void withoutCredentialsTheAnswerIs401() throws Exception {
    assertEquals(401, Https.send("POST", url(), null, ADULT).status());
  }

  @Test
  void aWrongPasswordIs401() throws Exception {
    assertEquals(
        401, Https.send("POST", url(), Https.basic("clerk", "not-the-password"), ADULT).status());
  }

  @Test
  void theCallCenterMayNotPreviewAnd403SaysSo() throws Exception {
    Https.Response r = Https.send("POST", url(), as("call-center"), ADULT);

    assertEquals(403, r.status());
    assertTrue(r.body().contains("\"message\""), r.body());
  }

  @Test
  void anImpossibleDateIs400WithAMessage() throws Exception {
    Https.Response r =
        Https.send(
            "POST",
            url(),
            as("clerk"),
            "{\"birthDate\":\"2023-02-29\",\"issuedOn\":\"2024-01-15\"}");

    assertEquals(400, r.status());
    assertTrue(r.body().contains("birthDate is not a real date"), r.body());
  }

  @Test
  void anIssueDateBeforeBirthIs400() throws Exception {
    Https.Response r =
        Https.send(
            "POST",
            url(),
            as("clerk"),
            "{\"birthDate\":\"2020-01-01\",\"issuedOn\":\"2019-01-01\"}");

    assertEquals(400, r.status(), r.body());
  }

  @Test
  void malformedJsonIs400AndNoStackTrace() throws Exception {
    Https.Response r = Https.send("POST", url(), as("clerk"), "{\"birthDate\": ");

    assertEquals(400, r.status());
    assertFalse(r.body().contains("Exception"), r.body());
  }

  @Test
  void aBodyThatIsNotJsonIs415() throws Exception {
    Https.Response r =
        Https.send("POST", url(), as("clerk"), "text/plain", "birthDate=2000-01-01".getBytes());

    assertEquals(415, r.status(), r.body());
  }

  @Test
  void plainHttpIsRedirectedToHttps() throws Exception {
    var c =
        (java.net.HttpURLConnection)
            java.net
                .URI
                .create(
                    "http://localhost:"
                        + System.getProperty("mynacard.it.http.port", "19080")
                        + "/api/v1/validity/preview")
                .toURL()
                .openConnection();
    c.setInstanceFollowRedirects(false);
    c.setRequestProperty("Connection", "close");
    assertEquals(302, c.getResponseCode());
    assertTrue(c.getHeaderField("Location").startsWith("https://"));
    c.disconnect();
  }
}
