package jp.mynacard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import jp.mynacard.it.ItServer;
import jp.mynacard.openapi.ContractProxy;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11: a user's password may be given encoded (here hashed with {@code securityUtility encode
 * --encoding=hash}, as the README says); the server then knows only the hash, and the user logs in
 * with the plain password.
 */
@ExtendWith(ArquillianExtension.class)
// every call to /api/v1 through Prism: one that breaks the OpenAPI document fails (issue 15)
@ExtendWith(ContractProxy.class)
class EncodedPasswordIT {
  private static final String PREVIEW =
      """
      {"birthDate":"2004-01-10","applicationReceivedOn":"2022-04-01","issuedOn":"2023-05-01"}""";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  private static String url() {
    return "https://localhost:" + ItServer.httpsPort() + "/api/v1/validity/preview";
  }

  private static String configured() throws Exception {
    String name = ItServer.envName(ItServer.ENCODED_USER) + "=";
    Optional<String> line =
        Files.readAllLines(ItServer.serverDir().resolve("server.env"), StandardCharsets.UTF_8)
            .stream()
            .filter(l -> l.startsWith(name))
            .findFirst();
    return line.orElseThrow().substring(name.length());
  }

  @Test
  void theServerHoldsOnlyTheHashAndTheUserLogsInWithThePlainPassword() throws Exception {
    String plain = ItServer.password(ItServer.ENCODED_USER);
    String configured = configured();
    assertTrue(configured.startsWith("{hash}"), "server.env gives the clerk's password hashed");
    assertFalse(configured.contains(plain));

    Https.Response r =
        Https.send("POST", url(), Https.basic(ItServer.ENCODED_USER, plain), PREVIEW);

    assertEquals(200, r.status(), r.body());
  }

  @Test
  void theHashItselfIsNoPassword() throws Exception {
    Https.Response r =
        Https.send("POST", url(), Https.basic(ItServer.ENCODED_USER, configured()), PREVIEW);

    assertEquals(401, r.status(), r.body());
  }
}
