package jp.mynacard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.AuditTables;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.LibertyServer;
import jp.mynacard.testing.TestNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is tamper-evident: a line changed in the database, around the application, makes
 * {@code GET /api/v1/audit/verify} answer {@code valid: false} naming it, and putting it back makes
 * the chain valid again. On PostgreSQL the application's role cannot change or delete audit lines
 * at all, and the guard trigger refuses even the owner. Drives the server itself (the embedded
 * database opens only while it is stopped), so it runs after the Arquillian tests.
 */
class AuditTamperIT {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  @BeforeAll
  static void deploy() throws Exception {
    LibertyServer.deployApplication();
  }

  @AfterAll
  static void undeploy() throws Exception {
    LibertyServer.removeApplication();
  }

  @Test
  void aLineChangedInTheDatabaseIsNamedByVerify() throws Exception {
    String id;
    LibertyServer.start(START_TIMEOUT);
    try {
      Instant before = Instant.now().minusSeconds(1);
      Https.Response lookup =
          ApiClient.call(
              "clerk",
              "POST",
              "residents/lookup",
              "{\"individualNumber\":\"" + TestNumbers.valid(424242) + "\"}");
      assertEquals(404, lookup.status(), lookup.body());
      id = lookupLineSince(before);
      JsonObject valid = verify();
      assertTrue(valid.getBoolean("valid"), valid.toString());
      assertTrue(valid.getJsonNumber("events").longValue() >= 1, valid.toString());
      assertTrue(valid.isNull("firstInvalidId"), valid.toString());
    } finally {
      LibertyServer.stop();
    }

    String reason = AuditTables.reason(id);
    AuditTables.changeReason(id, "nothing happened here");
    LibertyServer.start(START_TIMEOUT);
    try {
      JsonObject broken = verify();
      assertFalse(broken.getBoolean("valid"), broken.toString());
      assertEquals(id, broken.getString("firstInvalidId"), broken.toString());
    } finally {
      LibertyServer.stop();
    }

    AuditTables.changeReason(id, reason);
    LibertyServer.start(START_TIMEOUT);
    try {
      JsonObject restored = verify();
      assertTrue(restored.getBoolean("valid"), restored.toString());
    } finally {
      LibertyServer.stop();
    }
  }

  @Test
  void onPostgresNeitherTheRuntimeRoleNorTheOwnerChangesOrDeletesAuditLines() throws Exception {
    if (!AuditTables.postgres()) {
      // embedded Derby has one user, the server itself: nothing to separate (README, "Security")
      return;
    }
    String insufficientPrivilege = "42501";
    String update = "UPDATE audit_event SET reason = 'changed'";
    String delete = "DELETE FROM audit_event";
    if (AuditTables.ownerRole() != null) {
      assertEquals(insufficientPrivilege, AuditTables.asRuntimeRole(update));
      assertEquals(insufficientPrivilege, AuditTables.asRuntimeRole(delete));
      assertEquals(insufficientPrivilege, AuditTables.asRuntimeRole("TRUNCATE audit_event"));
      assertEquals(insufficientPrivilege, AuditTables.asRuntimeRole("DELETE FROM audit_chain"));
      // moving the chain's head and appending are what the runtime role is for
      assertNull(
          AuditTables.asRuntimeRole(
              "UPDATE audit_chain SET last_seq = last_seq WHERE chain_id = 1"));
      assertNull(
          AuditTables.asRuntimeRole(
              "INSERT INTO audit_event (event_id, occurred_at, principal, action, target_type,"
                  + " target_id) VALUES ('probe', CURRENT_TIMESTAMP, 'test', 'PROBE', 'RUN', '-')"));
    }
    // the guard trigger refuses the owner (and a single-role deployment) too
    assertEquals(insufficientPrivilege, AuditTables.asOwner(update));
    assertEquals(insufficientPrivilege, AuditTables.asOwner(delete));
  }

  private static String lookupLineSince(Instant since) throws Exception {
    Https.Response r = ApiClient.call("auditor", "GET", "audit?limit=1000&from=" + since, null);
    assertEquals(200, r.status(), r.body());
    List<JsonObject> lines =
        ApiClient.json(r).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
            .filter(l -> "RESIDENT_LOOKUP".equals(l.getString("action")))
            .toList();
    // one look-up was sent; the JDK's HTTP client may send a POST again on a connection the
    // freshly started server closed, and then both are (rightly) audited: any of them will do
    assertFalse(lines.isEmpty(), "the look-up is audited");
    JsonObject line = lines.get(lines.size() - 1);
    assertNotNull(line.getJsonNumber("seq"), "the line has its place in the chain");
    return line.getString("id");
  }

  private static JsonObject verify() throws Exception {
    Https.Response r = ApiClient.call("auditor", "GET", "audit/verify", null);
    assertEquals(200, r.status(), r.body());
    return ApiClient.json(r);
  }
}
