package jp.mynacard.card;

import static jp.mynacard.testing.ApiClient.audit;
import static jp.mynacard.testing.ApiClient.call;
import static jp.mynacard.testing.ApiClient.card;
import static jp.mynacard.testing.ApiClient.certificate;
import static jp.mynacard.testing.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mynacard.openapi.ContractProxy;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItCards;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.RegistryRows;
import jp.mynacard.testing.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The status and suspension API over HTTPS as the call center, the counter and the auditors use it:
 * every endpoint under every role, every card transition (and 409 where it is not allowed), PINs,
 * the resident look-up and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
// every call to /api/v1 through Prism: one that breaks the OpenAPI document fails (issue 15)
@ExtendWith(ContractProxy.class)
class CardApiIT {
  static final List<String> USERS = List.of("clerk", "call-center", "operator", "auditor", "none");

  private static final ItIds IDS = ItIds.fresh();
  private static long importExecution;

  private static final int ISSUED = ItCards.ISSUED;

  private static RegistryRows current(int i) {
    return ItCards.issuedLastYear(IDS, i);
  }

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @BeforeAll
  static void registry() throws Exception {
    List<RegistryRows> rows = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      rows.add(current(i));
    }
    rows.add(IDS.national(13).withoutCard());
    JsonObject run = ApiClient.importRows(rows);
    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    importExecution = run.getJsonNumber("executionId").longValue();
  }

  private static String cardId(int i) {
    return ItCards.cardOf(IDS, i);
  }

  private record Call(String method, String path, String body, Set<String> allowed) {}

  private static void expectRoles(Call c) throws Exception {
    for (String user : USERS) {
      if (c.allowed().contains(user)) {
        continue;
      }
      Https.Response r = call(user, c.method(), c.path(), c.body());
      assertEquals(
          "none".equals(user) ? 401 : 403,
          r.status(),
          c.method() + " " + c.path() + " as " + user + ": " + r.body());
      assertTrue(r.body().contains("\"message\""), r.body());
    }
    assertEquals(
        401,
        Https.send(
                c.method(),
                ApiClient.url(c.path()),
                Https.basic("clerk", "not-the-password"),
                c.body())
            .status());
    for (String user : USERS) {
      if (c.allowed().contains(user)) {
        Https.Response r = call(user, c.method(), c.path(), c.body());
        assertTrue(
            r.status() >= 200 && r.status() < 300,
            c.method() + " " + c.path() + " as " + user + " answered " + r.status() + r.body());
      }
    }
  }

  @Test
  void everyEndpointAnswersItsRolesAnd401Or403ToEveryoneElseWithoutChangingAnything()
      throws Exception {
    String c = cardId(1);
    Set<String> desk = Set.of("clerk", "call-center");
    Set<String> clerk = Set.of("clerk");
    List<Call> calls =
        List.of(
            new Call("GET", "cards/" + c, null, desk),
            new Call("POST", "cards/" + c + "/pin-lock", "{\"pin\":\"CARD_INFO_INPUT\"}", desk),
            new Call("POST", "cards/" + c + "/pin-reset", "{\"pin\":\"CARD_INFO_INPUT\"}", clerk),
            new Call(
                "POST",
                "cards/" + c + "/suspension",
                "{\"reason\":\"LOST\",\"channel\":\"PHONE\"}",
                desk),
            new Call("DELETE", "cards/" + c + "/suspension", "{\"identityVerified\":true}", clerk),
            new Call("POST", "cards/" + c + "/abolition", "{\"reason\":\"REISSUE\"}", clerk),
            new Call(
                "POST",
                "residents/lookup",
                "{\"individualNumber\":\"" + IDS.number(1) + "\"}",
                clerk),
            new Call("GET", "audit?cardId=" + c, null, Set.of("auditor")),
            new Call(
                "POST",
                "validity/preview",
                "{\"birthDate\":\"2004-01-10\",\"issuedOn\":\"2023-05-01\"}",
                clerk),
            new Call("GET", "jobs/executions/" + importExecution, null, Set.of("operator")));
    for (Call call : calls) {
      JsonObject before = card(c);
      int auditBefore = audit(c).size();
      for (String user : USERS) {
        if (!call.allowed().contains(user)) {
          call(user, call.method(), call.path(), call.body());
        }
      }
      assertEquals(before, card(c), "a refused " + call.method() + " " + call.path());
      assertEquals(auditBefore, audit(c).size());
      expectRoles(call);
    }
    assertEquals("ABOLISHED", card(c).getString("status"));
  }

  @Test
  void theCrlOpenApiAndHealthNeedNoCredentials() throws Exception {
    for (String user : USERS) {
      Https.Response r =
          Https.get(ApiClient.url("crl"), ApiClient.as(user), "application/pkix-crl");
      assertEquals(200, r.status(), user);
    }
  }

  @Test
  void aCardsStatusShowsExpiryWindowCertificatesAndPins() throws Exception {
    JsonObject c = card(cardId(2));

    assertEquals(cardId(2), c.getString("cardId"));
    assertEquals(IDS.resident(2), c.getString("residentId"));
    assertEquals("ACTIVE", c.getString("status"));
    assertEquals((ISSUED + 10) + "-06-15", c.getString("expiresOn"));
    // less than three months remain from March 16 (Civil Code art. 143)
    assertEquals((ISSUED + 10) + "-03-16", c.getJsonObject("renewalWindow").getString("opensOn"));
    assertEquals("NOT_YET_OPEN", c.getJsonObject("renewalWindow").getString("state"));
    JsonObject user = certificate(c, "USER_IDENTIFICATION");
    assertEquals(
        new BigInteger(IDS.national(2).get("user_cert_serial"), 16),
        new BigInteger(user.getString("serial"), 16));
    assertEquals("ACTIVE", user.getString("status"));
    assertEquals((ISSUED + 5) + "-06-15", user.getString("expiresOn"));
    assertEquals(4, c.getJsonArray("pins").size());
    for (JsonObject pin : c.getJsonArray("pins").getValuesAs(JsonObject.class)) {
      assertFalse(pin.getBoolean("locked"));
      assertEquals(
          "SIGNATURE".equals(pin.getString("pin")) ? 5 : 3, pin.getInt("wrongTriesToLock"));
    }
    assertTrue(c.isNull("suspension"));
  }

  @Test
  void aSuspensionHoldsAndRevokesItsCancellationReleasesTheHoldOnlyAndBothAreAudited()
      throws Exception {
    String c = cardId(3);

    Https.Response suspended =
        call(
            "call-center",
            "POST",
            "cards/" + c + "/suspension",
            "{\"reason\":\"STOLEN\",\"channel\":\"PHONE\",\"reportedAt\":\"2026-01-02T03:04:05+09:00\"}");
    assertEquals(201, suspended.status(), suspended.body());
    JsonObject s = json(suspended);
    assertEquals("SUSPENDED", s.getString("status"));
    assertEquals("HELD", certificate(s, "USER_IDENTIFICATION").getString("status"));
    assertEquals("REVOKED", certificate(s, "SIGNATURE").getString("status"));
    assertEquals("keyCompromise", certificate(s, "SIGNATURE").getString("revocationReason"));
    JsonObject suspension = s.getJsonObject("suspension");
    assertEquals("STOLEN", suspension.getString("reason"));
    assertEquals("PHONE", suspension.getString("channel"));
    assertEquals("2026-01-01T18:04:05Z", suspension.getString("reportedAt"));
    assertEquals("call-center", suspension.getString("suspendedBy"));

    Https.Response again =
        call(
            "clerk",
            "POST",
            "cards/" + c + "/suspension",
            "{\"reason\":\"LOST\",\"channel\":\"COUNTER\"}");
    assertEquals(200, again.status(), again.body());
    assertEquals(suspension, json(again).getJsonObject("suspension"), "the existing suspension");

    assertEquals(
        400,
        call("clerk", "DELETE", "cards/" + c + "/suspension", "{\"identityVerified\":false}")
            .status());
    assertEquals(400, call("clerk", "DELETE", "cards/" + c + "/suspension", "{}").status());
    Https.Response cancelled =
        call("clerk", "DELETE", "cards/" + c + "/suspension", "{\"identityVerified\":true}");
    assertEquals(200, cancelled.status(), cancelled.body());
    JsonObject a = json(cancelled);
    assertEquals("ACTIVE", a.getString("status"));
    assertEquals("ACTIVE", certificate(a, "USER_IDENTIFICATION").getString("status"));
    assertEquals("REVOKED", certificate(a, "SIGNATURE").getString("status"));
    assertTrue(a.isNull("suspension"));

    Https.Response twice =
        call("clerk", "DELETE", "cards/" + c + "/suspension", "{\"identityVerified\":true}");
    assertEquals(409, twice.status());
    assertTrue(json(twice).getString("message").contains("not suspended"));

    List<JsonObject> lines = audit(c);
    assertEquals(
        List.of("CARD_SUSPENDED", "CARD_SUSPENSION_CANCELLED"),
        lines.stream().map(l -> l.getString("action")).toList());
    JsonObject first = lines.get(0);
    assertEquals("call-center", first.getString("principal"));
    assertEquals("call-center", first.getString("role"));
    assertEquals("STOLEN", first.getString("reason"));
    assertEquals("PHONE", first.getString("channel"));
    assertEquals(IDS.resident(3), first.getString("residentId"));
    assertTrue(first.getString("detail").contains("revoked (keyCompromise)"), first.toString());
    assertEquals("clerk", lines.get(1).getString("role"));
  }

  @Test
  void abolitionRevokesEverythingForGoodAndEveryLaterChangeIs409() throws Exception {
    String c = cardId(4);

    Https.Response abolished =
        call("clerk", "POST", "cards/" + c + "/abolition", "{\"reason\":\"REISSUE\"}");
    assertEquals(200, abolished.status(), abolished.body());
    JsonObject a = json(abolished);
    assertEquals("ABOLISHED", a.getString("status"));
    for (String kind : List.of("USER_IDENTIFICATION", "SIGNATURE")) {
      assertEquals("REVOKED", certificate(a, kind).getString("status"));
      assertEquals("superseded", certificate(a, kind).getString("revocationReason"));
    }

    for (String[] change :
        new String[][] {
          {"POST", "abolition", "{\"reason\":\"OTHER\"}"},
          {"POST", "suspension", "{\"reason\":\"LOST\",\"channel\":\"PHONE\"}"},
          {"DELETE", "suspension", "{\"identityVerified\":true}"},
          {"POST", "pin-reset", "{\"pin\":\"USER_IDENTIFICATION\"}"}
        }) {
      Https.Response r = call("clerk", change[0], "cards/" + c + "/" + change[1], change[2]);
      assertEquals(409, r.status(), change[0] + " " + change[1] + ": " + r.body());
    }
    assertEquals(a, card(c));
    assertEquals(1, audit(c).size());
  }

  @Test
  void abolishingASuspendedCardKeepsTheSignatureCertificatesFirstReason() throws Exception {
    String c = cardId(5);
    call(
        "call-center",
        "POST",
        "cards/" + c + "/suspension",
        "{\"reason\":\"LOST\",\"channel\":\"PHONE\"}");

    JsonObject a =
        json(call("clerk", "POST", "cards/" + c + "/abolition", "{\"reason\":\"REISSUE\"}"));

    assertEquals("superseded", certificate(a, "USER_IDENTIFICATION").getString("revocationReason"));
    assertEquals("keyCompromise", certificate(a, "SIGNATURE").getString("revocationReason"));
  }

  @Test
  void aLockedPinIsRecordedAndResetAtTheCounterAndTheSignaturePasswordNotAfterRevocation()
      throws Exception {
    String c = cardId(6);

    JsonObject locked =
        json(call("call-center", "POST", "cards/" + c + "/pin-lock", "{\"pin\":\"SIGNATURE\"}"));
    JsonObject pin =
        locked.getJsonArray("pins").getValuesAs(JsonObject.class).stream()
            .filter(p -> "SIGNATURE".equals(p.getString("pin")))
            .findFirst()
            .orElseThrow();
    assertTrue(pin.getBoolean("locked"));
    assertEquals(5, pin.getInt("wrongTriesToLock"));

    assertEquals(
        403,
        call("call-center", "POST", "cards/" + c + "/pin-reset", "{\"pin\":\"SIGNATURE\"}")
            .status());
    JsonObject reset =
        json(call("clerk", "POST", "cards/" + c + "/pin-reset", "{\"pin\":\"SIGNATURE\"}"));
    assertTrue(
        reset.getJsonArray("pins").getValuesAs(JsonObject.class).stream()
            .noneMatch(p -> p.getBoolean("locked")));

    call(
        "call-center",
        "POST",
        "cards/" + c + "/suspension",
        "{\"reason\":\"LOST\",\"channel\":\"PHONE\"}");
    assertEquals(
        409,
        call("clerk", "POST", "cards/" + c + "/pin-reset", "{\"pin\":\"USER_IDENTIFICATION\"}")
            .status());
    call("clerk", "DELETE", "cards/" + c + "/suspension", "{\"identityVerified\":true}");
    assertEquals(
        200,
        call("clerk", "POST", "cards/" + c + "/pin-reset", "{\"pin\":\"USER_IDENTIFICATION\"}")
            .status());
    Https.Response sign =
        call("clerk", "POST", "cards/" + c + "/pin-reset", "{\"pin\":\"SIGNATURE\"}");
    assertEquals(409, sign.status());
    assertTrue(json(sign).getString("message").contains("signature certificate"));
    assertEquals(
        List.of(
            "PIN_LOCKED", "PIN_RESET", "CARD_SUSPENDED", "CARD_SUSPENSION_CANCELLED", "PIN_RESET"),
        audit(c).stream().map(l -> l.getString("action")).toList());
  }

  @Test
  void aLookUpFindsTheResidentByNumberInTheBodyAndIsAuditedWithoutTheNumber() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    Https.Response found =
        call(
            "clerk",
            "POST",
            "residents/lookup",
            "{\"individualNumber\":\"" + IDS.number(7) + "\"}");
    assertEquals(200, found.status(), found.body());
    assertEquals(IDS.resident(7), json(found).getString("residentId"));
    assertEquals(cardId(7), json(found).getString("cardId"));

    Https.Response noCard =
        call(
            "clerk",
            "POST",
            "residents/lookup",
            "{\"individualNumber\":\"" + IDS.number(13) + "\"}");
    assertTrue(json(noCard).isNull("cardId"), noCard.body());

    String unknown = TestNumbers.valid(IDS.numberBase() + 999_999);
    Https.Response missing =
        call("clerk", "POST", "residents/lookup", "{\"individualNumber\":\"" + unknown + "\"}");
    assertEquals(404, missing.status());
    assertFalse(missing.body().contains(unknown));

    String wrong = TestNumbers.wrongCheckDigit(IDS.numberBase() + 7);
    Https.Response invalid =
        call("clerk", "POST", "residents/lookup", "{\"individualNumber\":\"" + wrong + "\"}");
    assertEquals(400, invalid.status());
    assertTrue(json(invalid).getString("message").contains("check digit"), invalid.body());
    assertFalse(invalid.body().contains(wrong));

    Https.Response lines =
        call(
            "auditor",
            "GET",
            "audit?limit=1000&from=" + before.toString().replace("+", "%2B"),
            null);
    List<JsonObject> lookups =
        json(lines).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
            .filter(l -> "RESIDENT_LOOKUP".equals(l.getString("action")))
            .filter(
                l ->
                    IDS.resident(7).equals(l.getString("targetId"))
                        || "no resident has this number".equals(l.getString("detail")))
            .toList();
    // resident 7 found and the unknown number; the one without a card is not counted here, and a
    // wrong check digit is refused before any look-up
    assertEquals(2, lookups.size(), lines.body());
    assertFalse(lines.body().contains(IDS.number(7)));
    assertFalse(lines.body().contains(unknown));
    assertEquals("clerk", lookups.get(0).getString("principal"));
  }

  @Test
  void theAuditTrailFiltersByCardResidentAndTime() throws Exception {
    String c = cardId(8);
    Instant start = Instant.now().minusSeconds(1);
    call(
        "call-center",
        "POST",
        "cards/" + c + "/suspension",
        "{\"reason\":\"LOST\",\"channel\":\"PHONE\"}");
    call("clerk", "DELETE", "cards/" + c + "/suspension", "{\"identityVerified\":true}");

    List<JsonObject> byResident =
        json(call("auditor", "GET", "audit?residentId=" + IDS.resident(8), null))
            .getJsonArray("entries")
            .getValuesAs(JsonObject.class);
    assertEquals(
        List.of("CARD_SUSPENDED", "CARD_SUSPENSION_CANCELLED"),
        byResident.stream().map(l -> l.getString("action")).toList(),
        "the suspension and its cancellation, nothing else of this resident");
    assertTrue(
        byResident.stream().allMatch(l -> IDS.resident(8).equals(l.getString("residentId"))));

    JsonObject page = json(call("auditor", "GET", "audit?limit=1&cardId=" + c, null));
    assertEquals(1, page.getInt("count"));
    assertTrue(page.getBoolean("more"));
    String future = Instant.now().plusSeconds(3600).toString();
    assertEquals(
        0,
        json(call("auditor", "GET", "audit?cardId=" + c + "&from=" + future, null))
            .getInt("count"));
    assertEquals(
        2,
        json(call("auditor", "GET", "audit?cardId=" + c + "&from=" + start + "&to=" + future, null))
            .getInt("count"));
    assertEquals(400, call("auditor", "GET", "audit?from=yesterday", null).status());
    assertEquals(400, call("auditor", "GET", "audit?limit=100000", null).status());
  }

  @Test
  void unknownAndImpossibleCardIdsAre404AndBadBodies400() throws Exception {
    assertEquals(404, call("clerk", "GET", "cards/NO-SUCH-CARD", null).status());
    assertEquals(404, call("clerk", "GET", "cards/%27%20OR%201%3D1", null).status());
    Https.Response badReason =
        call(
            "clerk",
            "POST",
            "cards/" + cardId(9) + "/suspension",
            "{\"reason\":\"MISPLACED\",\"channel\":\"PHONE\"}");
    assertEquals(400, badReason.status());
    assertTrue(json(badReason).getString("message").contains("LOST"), badReason.body());
    assertEquals(
        400,
        call("clerk", "POST", "cards/" + cardId(9) + "/suspension", "{\"reason\":\"LOST\"}")
            .status());
    assertEquals(
        400,
        call(
                "clerk",
                "POST",
                "cards/" + cardId(9) + "/suspension",
                "{\"reason\":\"LOST\",\"channel\":\"PHONE\",\"reportedAt\":\"2999-01-01T00:00:00Z\"}")
            .status());
    assertEquals("ACTIVE", card(cardId(9)).getString("status"));
    assertTrue(audit(cardId(9)).isEmpty());
  }
}
