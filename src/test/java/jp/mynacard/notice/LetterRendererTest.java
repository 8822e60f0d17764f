package jp.mynacard.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LetterRendererTest {
  static final NoticeSettings SETTINGS = NoticeSettingsFixture.defaults();
  static final LocalDate CARD = LocalDate.of(2026, 6, 30);
  static final LocalDate STAY = LocalDate.of(2026, 5, 31);
  static final LocalDate USER = LocalDate.of(2026, 4, 15);
  static final LocalDate SIGN = LocalDate.of(2026, 4, 14);

  private final LetterRenderer renderer = new LetterRenderer(SETTINGS);

  static Iterable<String> languages() {
    return LetterBundles.LANGUAGES;
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyLanguageRendersACardLetterWithBothCertificates(String language) {
    RenderedLetter r =
        renderer.render(
            new LetterFacts("L20260401-1-R1", language, "山田 太郎", CARD, null, USER, SIGN));

    assertEquals(language, r.contentLanguage());
    for (String text : new String[] {r.text(), r.html()}) {
      assertTrue(text.contains(LetterDates.date(CARD, language)), language + ": card expiry");
      assertTrue(text.contains(LetterDates.date(CARD.minusMonths(3), language)), "window opens");
      assertTrue(text.contains(LetterDates.date(USER, language)), language + ": user cert");
      assertTrue(text.contains(LetterDates.date(SIGN, language)), language + ": sign cert");
      assertTrue(text.contains("800") && text.contains("200"), language + ": re-issue fees");
      assertTrue(text.contains("0120-95-0178"), language + ": loss line");
      assertTrue(text.contains("0120-0178-27"), language + ": foreign-language line");
      assertTrue(text.contains("08:45") && text.contains("16:30"), language + ": hours");
      assertTrue(text.contains("L20260401-1-R1"), language + ": reference");
      assertTrue(text.contains(LetterBundles.text(language, "warning.scam")), "scam warning");
      assertTrue(text.contains(LetterBundles.text(language, "renewal.free")), "free renewal");
      assertTrue(text.contains(LetterBundles.text(language, "bring.pins")), "PINs to bring");
      assertFalse(text.contains(LetterBundles.text(language, "stay.notAutomatic")), "no STAY rule");
      assertFalse(text.contains("{"), language + ": a placeholder left unfilled");
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyLanguageRendersAStayLetterWithItsRule(String language) {
    RenderedLetter r =
        renderer.render(
            new LetterFacts("L20260401-1-R2", language, "NGUYEN VAN A", null, STAY, null, null));

    assertTrue(r.text().contains(LetterDates.date(STAY, language)), language + ": stay expiry");
    assertTrue(r.text().contains(LetterBundles.text(language, "stay.notAutomatic")), "STAY rule");
    assertTrue(r.text().contains(LetterBundles.text(language, "bring.residenceCard")));
    assertFalse(r.text().contains(LetterBundles.text(language, "bring.photo")), "no photo");
  }

  @Test
  void japaneseDatesAreInEraForm() {
    RenderedLetter r =
        renderer.render(
            new LetterFacts("L1", "ja", "山田 太郎", LocalDate.of(2026, 2, 28), null, null, null));

    assertTrue(r.text().contains("令和8年2月28日"), r.text());
    assertTrue(r.text().contains("令和7年11月28日"), "renewal opens three months before");
    assertTrue(r.text().contains("月曜日から土曜日まで、08:45～16:30"), r.text());
    assertTrue(r.text().contains("休み：日曜日、祝日、12月29日から1月3日まで"), r.text());
  }

  @Test
  void thePrintableTextIsTheTextWithCrlfLineEnds() {
    LetterFacts facts = new LetterFacts("L3", "fr", "Jean Dupont", CARD, STAY, USER, SIGN);

    String printable = renderer.renderPrintable(facts).text();

    assertEquals(renderer.render(facts).text().replace("\n", "\r\n"), printable);
    assertFalse(printable.replace("\r\n", "").contains("\n"));
  }

  @Test
  void rendersTheSameLettersOnSeveralThreadsAsOnOne() throws Exception {
    List<LetterFacts> letters = new ArrayList<>();
    for (String language : LetterBundles.LANGUAGES) {
      letters.add(new LetterFacts("L-" + language, language, "A B", CARD, STAY, USER, SIGN));
    }
    List<String> alone = letters.stream().map(f -> renderer.renderPrintable(f).text()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(
                () -> {
                  List<String> texts = new ArrayList<>();
                  for (int i = 0; i < 200; i++) {
                    texts = letters.stream().map(f -> renderer.renderPrintable(f).text()).toList();
                  }
                  return texts;
                }));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(alone, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theFirstYearOfAnEraIsGannen() {
    assertEquals("令和元年5月1日", LetterDates.date(LocalDate.of(2019, 5, 1), "ja"));
  }

  @Test
  void otherLanguagesUseTheirOwnDateForm() {
    assertEquals("February 28, 2026", LetterDates.date(LocalDate.of(2026, 2, 28), "en"));
    assertEquals("28 de febrero de 2026", LetterDates.date(LocalDate.of(2026, 2, 28), "es"));
    assertEquals("2026년 2월 28일", LetterDates.date(LocalDate.of(2026, 2, 28), "ko"));
  }

  @Test
  void anUnknownLanguageFallsBackToJapaneseWithEnglish() {
    RenderedLetter r =
        renderer.render(new LetterFacts("L2", "fr", "Jean Dupont", CARD, null, null, null));

    assertEquals("ja,en", r.contentLanguage());
    assertTrue(r.text().indexOf("令和8年6月30日") < r.text().indexOf("June 30, 2026"), r.text());
    assertTrue(r.subject().contains(LetterBundles.text("ja", "subject")));
    assertTrue(r.subject().contains(LetterBundles.text("en", "subject")));
    assertTrue(r.html().contains("<div lang=\"ja\">") && r.html().contains("<div lang=\"en\">"));
  }

  @Test
  void aMissingLanguageAlsoFallsBack() {
    assertEquals(java.util.List.of("ja", "en"), LetterRenderer.languagesFor(null));
  }

  @Test
  void htmlEscapesWhatComesFromTheRegistry() {
    RenderedLetter r =
        renderer.render(
            new LetterFacts("L3", "en", "<b>Tom & \"Jerry\"</b>", CARD, null, null, null));

    assertTrue(r.html().contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;"), r.html());
    assertFalse(r.html().contains("<b>Tom"));
  }

  @Test
  void theOfficeAddressFallsBackToEnglishThenJapanese() {
    RenderedLetter th = renderer.render(new LetterFacts("L4", "th", "A", CARD, null, null, null));
    RenderedLetter ja = renderer.render(new LetterFacts("L4", "ja", "A", CARD, null, null, null));

    assertTrue(th.text().contains("Sample City Hall"), th.text());
    assertTrue(ja.text().contains("サンプル市役所"), ja.text());
  }
}
