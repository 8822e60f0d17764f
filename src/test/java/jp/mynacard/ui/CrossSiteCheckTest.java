package jp.mynacard.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A screen's form is accepted only from the screens' own origin (issue 15). */
class CrossSiteCheckTest {
  private static final String OWN = "https://mynacard.example.lg.jp:9443";

  @Test
  void readingIsAlwaysAllowed() {
    assertTrue(CrossSiteCheck.allows("GET", "cross-site", "https://evil.example", null, OWN));
    assertTrue(CrossSiteCheck.allows("head", null, null, null, OWN));
  }

  @Test
  void aFormFromTheSameOriginIsAccepted() {
    assertTrue(CrossSiteCheck.allows("POST", "same-origin", OWN, OWN + "/ui/x.xhtml", OWN));
  }

  @Test
  void fetchMetadataDecidesWhenTheBrowserSendsIt() {
    assertFalse(CrossSiteCheck.allows("POST", "cross-site", OWN, null, OWN), "a forged Origin");
    assertFalse(CrossSiteCheck.allows("POST", "same-site", OWN, null, OWN), "another port or host");
    assertFalse(CrossSiteCheck.allows("POST", "none", null, null, OWN), "typed or bookmarked");
  }

  @Test
  void withoutFetchMetadataTheOriginMustBeOurs() {
    assertTrue(CrossSiteCheck.allows("POST", null, OWN, null, OWN));
    assertFalse(CrossSiteCheck.allows("POST", null, "https://evil.example", OWN + "/", OWN));
    assertFalse(
        CrossSiteCheck.allows("POST", null, "null", null, OWN), "a sandboxed or data: page");
    assertFalse(CrossSiteCheck.allows("POST", null, OWN + ".evil.example", null, OWN));
  }

  @Test
  void withoutOriginTheRefererMustBeAPageOfOurs() {
    assertTrue(CrossSiteCheck.allows("POST", null, null, OWN + "/ui/counter/card.xhtml", OWN));
    assertFalse(CrossSiteCheck.allows("POST", null, null, OWN + ".evil.example/ui/", OWN));
    assertFalse(CrossSiteCheck.allows("POST", null, null, "https://evil.example/?" + OWN, OWN));
  }

  @Test
  void aChangeThatSaysNothingOfWhereItCameFromIsRefused() {
    assertFalse(CrossSiteCheck.allows("POST", null, null, null, OWN));
    assertFalse(CrossSiteCheck.allows("DELETE", null, null, null, OWN));
  }
}
