package jp.mynacard.ui;

import static jp.mynacard.testing.ApiClient.card;
import static jp.mynacard.testing.ApiClient.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mynacard.testing.ApiClient;
import jp.mynacard.testing.Browser;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.ItCards;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.RegistryRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The call center's and the counter's screens in a real browser (issue 15): what a clerk does with
 * the resident in front of them, checked through the API afterwards, and what must never happen: a
 * role on another's screen, a form from another site, the Individual Number on the page or in a
 * URL.
 */
@ExtendWith(ArquillianExtension.class)
class CardScreensIT {
  private static final ItIds IDS = ItIds.fresh();

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
    for (int i = 1; i <= 4; i++) {
      rows.add(current(i));
    }
    assertEquals("COMPLETED", ApiClient.importRows(rows).getString("batchStatus"));
  }

  private static String cardId(int i) {
    return ItCards.cardOf(IDS, i);
  }

  /**
   * One card's day across the screens: the call center suspends it on a loss report, the counter
   * cancels the suspension and resets a PIN, the auditor finds those lines and a valid chain; the
   * API agrees at each step.
   */
  @Test
  void aLossReportedCancelledAtTheCounterAndAudited() throws Exception {
    try (Browser b = Browser.open("ja")) {
      b.go("/ui/call-center/card.xhtml");
      assertTrue(b.currentUrl().contains("/ui/login.xhtml"), "signed out: the sign-in form");
      b.screenshot("sign-in");
      b.assertFieldsLabelled();
      b.signIn("call-center");
      assertTrue(b.currentUrl().endsWith("/ui/call-center/card.xhtml"), b.currentUrl());

      b.type("find:cardId", cardId(1));
      b.submit("find:go");
      assertEquals("ACTIVE", b.find("card-status").getAttribute("data-status"));
      assertEquals("有効", b.text("card-status"));
      b.screenshot("call-center-card");
      b.assertFieldsLabelled();

      b.submit("loss:report");
      assertEquals("SUSPENDED", b.find("card-status").getAttribute("data-status"));
      assertTrue(b.text("messages").contains("一時停止しました"), b.text("messages"));
      b.screenshot("call-center-suspended");
      // English on request, for the session
      b.submit("language:en");
      assertEquals("Suspended", b.text("card-status"));
      assertEquals("en", b.find("main").findElement(By.xpath("/html")).getAttribute("lang"));
      b.screenshot("call-center-suspended-en");
      b.submit("language:ja");
      assertEquals("一時停止中", b.text("card-status"));

      var api = card(cardId(1));
      assertEquals("SUSPENDED", api.getString("status"));
      assertEquals("LOST", api.getJsonObject("suspension").getString("reason"));
      assertEquals("PHONE", api.getJsonObject("suspension").getString("channel"));
      assertEquals("call-center", api.getJsonObject("suspension").getString("suspendedBy"));
      assertEquals("REVOKED", certificate(api, "SIGNATURE").getString("status"));

      // the call center has no counter actions on its page
      assertTrue(b.all(By.id("cancel:go")).isEmpty());
      assertTrue(b.all(By.id("abolish:go")).isEmpty());
      assertTrue(b.all(By.id("lookup:number")).isEmpty());
    }

    String number = IDS.number(3);
    List<String> urls = new ArrayList<>();
    try (Browser b = Browser.open("ja")) {
      b.signIn("clerk");
      urls.add(b.currentUrl());
      assertTrue(b.currentUrl().endsWith("/ui/counter/card.xhtml"), b.currentUrl());

      b.type("find:cardId", cardId(1));
      b.submit("find:go");
      assertEquals("SUSPENDED", b.find("card-status").getAttribute("data-status"));
      // without the identity check, nothing happens
      b.submit("cancel:go");
      assertEquals("SUSPENDED", b.find("card-status").getAttribute("data-status"));
      b.find("cancel:verified").click();
      b.submit("cancel:go");
      assertEquals("ACTIVE", b.find("card-status").getAttribute("data-status"));
      assertEquals("ACTIVE", card(cardId(1)).getString("status"));

      // a PIN locked by wrong tries, then reset at the counter
      new org.openqa.selenium.support.ui.Select(b.find("pin:which"))
          .selectByValue("RESIDENCE_REGISTRY");
      b.submit("pin:lock");
      assertEquals(
          "true",
          b.driver()
              .findElement(By.cssSelector(".pin-state[data-pin=RESIDENCE_REGISTRY]"))
              .getAttribute("data-locked"));
      new org.openqa.selenium.support.ui.Select(b.find("pin:which"))
          .selectByValue("RESIDENCE_REGISTRY");
      b.submit("pin:reset");
      assertEquals(
          "false",
          b.driver()
              .findElement(By.cssSelector(".pin-state[data-pin=RESIDENCE_REGISTRY]"))
              .getAttribute("data-locked"));
      b.screenshot("counter-card");
      b.assertFieldsLabelled();
      urls.add(b.currentUrl());

      // the Individual Number: typed, sent in the body, never drawn again
      b.type("lookup:number", number);
      b.submit("lookup:go");
      urls.add(b.currentUrl());
      assertEquals(cardId(3), b.text("card-id"));
      assertFalse(b.source().contains(number), "the number is not in the page");
      assertEquals("", b.find("lookup:number").getAttribute("value"));
      b.screenshot("counter-lookup");
      for (String u : urls) {
        assertFalse(u.contains(number), u);
      }
      assertFalse(b.driver().getTitle().contains(number));
      // what the browser keeps of the visit: every entry of its history is a URL without it
      Object history =
          ((org.openqa.selenium.JavascriptExecutor) b.driver())
              .executeScript("return window.location.href + ' ' + document.referrer");
      assertFalse(String.valueOf(history).contains(number), String.valueOf(history));

      // a wrong number is refused without echoing it
      b.type("lookup:number", "12345678901");
      b.submit("lookup:go");
      assertTrue(b.text("messages").contains("12 digits"), b.text("messages"));
      assertFalse(b.source().contains("12345678901"));

      b.go("/ui/counter/validity.xhtml");
      // the same answer as the API's for the same body: one set of rules
      b.type("validity:birth", "2004-01-10");
      b.type("validity:received", "2022-04-01");
      b.type("validity:issued", "2023-05-01");
      b.submit("validity:go");
      var api =
          ApiClient.json(
              ApiClient.call(
                  "clerk",
                  "POST",
                  "validity/preview",
                  "{\"birthDate\":\"2004-01-10\",\"applicationReceivedOn\":\"2022-04-01\","
                      + "\"issuedOn\":\"2023-05-01\"}"));
      assertEquals("2033-01-10", b.text("card-expires"));
      assertEquals(api.getString("cardExpiresOn"), b.text("card-expires"));
      assertEquals(api.getString("signCertExpiresOn"), b.text("sign-cert-expires"));
      assertEquals(api.getString("renewalOpensOn"), b.text("renewal-opens"));
      b.screenshot("counter-validity");
      b.assertFieldsLabelled();
    }
    assertEquals(
        "false",
        card(cardId(1)).getJsonArray("pins").stream()
            .map(v -> v.asJsonObject())
            .filter(p -> p.getString("pin").equals("RESIDENCE_REGISTRY"))
            .findFirst()
            .orElseThrow()
            .get("locked")
            .toString());

    try (Browser b = Browser.open("ja")) {
      b.signIn("auditor");
      assertTrue(b.currentUrl().endsWith("/ui/audit/search.xhtml"), b.currentUrl());
      b.type("search:cardId", cardId(1));
      b.submit("search:go");
      List<String> actions =
          b.all(By.cssSelector(".audit-action")).stream().map(e -> e.getText()).toList();
      assertEquals(
          List.of("CARD_SUSPENDED", "CARD_SUSPENSION_CANCELLED", "PIN_LOCKED", "PIN_RESET"),
          actions);
      assertTrue(
          b.pageText().contains("call-center (call-center)")
              && b.pageText().contains("clerk (clerk)"),
          b.pageText());
      b.submit("verify:go");
      assertEquals("true", b.find("chain").getAttribute("data-valid"));
      assertTrue(Long.parseLong(b.text("chain-events")) >= 4);
      b.screenshot("auditor-search");
      b.assertFieldsLabelled();
    }
  }

  @Test
  void theOperatorStartsARunAndSeesItsProgressReachTheEndWithItsExitStatus() throws Exception {
    try (Browser b = Browser.open("ja")) {
      b.signIn("operator");
      new org.openqa.selenium.support.ui.Select(b.find("start:job"))
          .selectByValue("renewal-notices");
      b.type("start:parameters", "asOf=2098-01-01\nallowDistantAsOf=true\ndryRun=true");
      b.submit("start:go");
      assertTrue(b.currentUrl().contains("/ui/operator/runs.xhtml?run="), b.currentUrl());
      String execution = b.text("selected-id");
      // the page redraws itself while the run goes on
      b.waitFor(d -> Browser.textOf(d, "selected-state").equals("COMPLETED"));
      assertEquals("100", b.find("selected-progress").getAttribute("value"));
      assertEquals("100 %", b.text("selected-percent"));
      assertEquals("0", b.text("selected-exit"));
      // the bar is the report's progress: its steps are listed with their own counts
      assertFalse(b.all(By.cssSelector(".step-progress")).isEmpty(), b.pageText());
      assertFalse(b.text("selected-summary").isBlank());
      b.screenshot("operator-run");
      b.assertFieldsLabelled();
      var api = ApiClient.call("operator", "GET", "jobs/executions/" + execution, null);
      assertEquals("COMPLETED", ApiClient.json(api).getString("batchStatus"));

      // a careless parameter: refused with the job's own message, nothing started
      b.type("start:parameters", "asOf=tomorrow");
      b.submit("start:go");
      assertTrue(b.text("messages").contains("asOf"), b.text("messages"));
    }
  }

  @Test
  void theOperatorImportsAFileAndOpensItsRejects() throws Exception {
    RegistryRows broken = current(6).set("card_expires_on", "2099-13-45");
    java.nio.file.Path input =
        jp.mynacard.testing.ItJobs.write(
            List.of(
                RegistryRows.header().getBytes(StandardCharsets.UTF_8),
                current(5).csv().getBytes(StandardCharsets.UTF_8),
                broken.csv().getBytes(StandardCharsets.UTF_8)));
    try (Browser b = Browser.open("ja")) {
      b.signIn("operator");
      new org.openqa.selenium.support.ui.Select(b.find("start:job"))
          .selectByValue("registry-import");
      b.type("start:parameters", "inputFile=" + input);
      b.submit("start:go");
      b.waitFor(
          d -> Browser.textOf(d, "selected-state").matches("COMPLETED|FAILED|STOPPED|ABANDONED"));
      assertEquals("COMPLETED", b.text("selected-state"), b.pageText());
      var link = b.driver().findElement(By.cssSelector("a.report[data-name=rejects]"));
      b.screenshot("operator-import-reports");
      String cookies =
          b.driver().manage().getCookies().stream()
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      HttpResponse<String> rejects =
          client()
              .send(
                  HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                      .header("Cookie", cookies)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, rejects.statusCode());
      assertTrue(rejects.body().startsWith("line,resident_id,column,reason"), rejects.body());
      assertTrue(rejects.body().contains("card_expires_on"), rejects.body());
      assertFalse(rejects.body().contains(broken.get("individual_number")), "never the number");
      assertTrue(
          rejects.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));

      // a name the run has no file for, and another role: nothing
      String other = link.getAttribute("href").replace("name=rejects", "name=../../etc/passwd");
      assertEquals(
          404,
          client()
              .send(
                  HttpRequest.newBuilder(URI.create(other)).header("Cookie", cookies).build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());
    }
  }

  @Test
  void aRoleSeesNoScreenOfAnother() throws Exception {
    Map<String, String> own =
        Map.of(
            "call-center", "/ui/call-center/card.xhtml",
            "clerk", "/ui/counter/card.xhtml",
            "operator", "/ui/operator/runs.xhtml",
            "auditor", "/ui/audit/search.xhtml");
    for (String user : own.keySet()) {
      try (Browser b = Browser.open("ja")) {
        b.signInByKeyboard(user);
        assertTrue(b.currentUrl().endsWith(own.get(user)), user + " lands on " + b.currentUrl());
        for (Map.Entry<String, String> other : own.entrySet()) {
          if (other.getKey().equals(user)) {
            continue;
          }
          b.go(other.getValue());
          assertEquals(
              "otherRole",
              b.find("refused").getAttribute("data-reason"),
              user + " on " + other.getValue());
          assertTrue(b.all(By.tagName("form")).isEmpty(), "no form of the other screen");
        }
        if (user.equals("call-center")) {
          b.screenshot("refused-other-role");
        }
        b.go(own.get(user));
        b.submit("signout:out");
        b.go(own.get(user));
        assertTrue(b.currentUrl().contains("/ui/login.xhtml"), "signed out: " + b.currentUrl());
      }
    }
  }

  @Test
  void aFormFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
    try (Browser b = Browser.open("ja")) {
      b.signIn("call-center");
      b.type("find:cardId", cardId(4));
      b.submit("find:go");
      // the loss form as the page has it: fields, view key, the signed-in session's cookies
      Map<String, String> form = new LinkedHashMap<>();
      for (var input :
          b.driver().findElements(By.cssSelector("form#loss input, form#loss select"))) {
        String name = input.getAttribute("name");
        if (name != null && !name.isEmpty() && !"submit".equals(input.getAttribute("type"))) {
          form.put(name, input.getAttribute("value"));
        }
      }
      form.put("loss:report", "x");
      String cookies =
          b.driver().manage().getCookies().stream()
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      assertTrue(cookies.contains("LtpaToken2"), cookies);
      String url = Browser.url("/ui/call-center/card.xhtml");

      HttpResponse<String> forged =
          post(url, form, cookies, "https://attacker.example", "cross-site");
      assertEquals(403, forged.statusCode());
      assertEquals("ACTIVE", card(cardId(4)).getString("status"));

      HttpResponse<String> noOrigin = post(url, form, cookies, null, null);
      assertEquals(403, noOrigin.statusCode());
      assertEquals("ACTIVE", card(cardId(4)).getString("status"));

      // another role's screen: refused whatever the origin
      String own0 = "https://localhost:" + jp.mynacard.it.ItServer.httpsPort();
      HttpResponse<String> otherScreen =
          post(Browser.url("/ui/counter/card.xhtml"), form, cookies, own0, "same-origin");
      assertEquals(403, otherScreen.statusCode());
      assertFalse(otherScreen.body().contains(cardId(4)), "nothing of the request echoed");

      // the same request from the page's own origin goes through: the refusals above were for
      // where the request came from, nothing else
      String own = "https://localhost:" + jp.mynacard.it.ItServer.httpsPort();
      HttpResponse<String> same = post(url, form, cookies, own, "same-origin");
      assertEquals(200, same.statusCode());
      assertEquals("SUSPENDED", card(cardId(4)).getString("status"));
      assertTrue(b.driver().manage().getCookies().stream().allMatch(CardScreensIT::strict));
    }
  }

  private static boolean strict(Cookie c) {
    return c.isSecure() && c.isHttpOnly() && "Strict".equalsIgnoreCase(c.getSameSite());
  }

  private static HttpResponse<String> post(
      String url, Map<String, String> form, String cookies, String origin, String fetchSite)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookies)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      r.header("Origin", origin);
    }
    if (fetchSite != null) {
      r.header("Sec-Fetch-Site", fetchSite);
    }
    return client().send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().sslContext(Https.trustAll()).build();
  }
}
