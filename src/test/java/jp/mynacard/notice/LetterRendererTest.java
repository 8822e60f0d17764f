package jp.mynacard.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.mynacard.config.NoticeSettingsProducer;
import jp.mynacard.validity.StayCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a resident reads, paragraph by paragraph, for each kind of letter in Japanese and English,
 * and the same facts in every other language (DESIGN.md §2; issue 10's rules for letters).
 */
class LetterRendererTest {
  static final LocalDate CARD = LocalDate.of(2026, 6, 30);
  static final LocalDate STAY = LocalDate.of(2026, 5, 31);
  static final LocalDate USER = LocalDate.of(2026, 4, 15);
  static final LocalDate SIGN = LocalDate.of(2026, 4, 14);

  private final LetterRenderer renderer = new LetterRenderer(NoticeSettingsFixture.defaults());

  static Iterable<String> languages() {
    return LetterBundles.LANGUAGES;
  }

  private static LetterFacts cardAndCertificates(String language) {
    return new LetterFacts("L20260401-1-R1", language, "山田 太郎", CARD, USER, SIGN);
  }

  private static LetterFacts userCertOnly(String language) {
    return new LetterFacts("L20260401-1-R3", language, "山田 花子", null, USER, null);
  }

  private static LetterFacts stay(String language, StayCase stayCase, LocalDate nowEnds) {
    return new LetterFacts(
        "L20260401-1-R2", language, "NGUYEN VAN A", null, STAY, null, null, stayCase, nowEnds);
  }

  /** The paragraphs and list items of a letter, from the salutation to the office heading. */
  private static List<String> body(RenderedLetter r) {
    String text = r.text();
    int end = text.indexOf("\n■ ", 1);
    return Arrays.stream(text.substring(text.indexOf('\n') + 1, end).split("\n"))
        .filter(line -> !line.isBlank())
        .toList();
  }

  /** The lines under a heading, up to the next heading. */
  private static List<String> section(RenderedLetter r, String heading) {
    String text = r.text();
    int start = text.indexOf("■ " + heading + "\n");
    assertTrue(start >= 0, "no heading " + heading + " in\n" + text);
    int from = start + heading.length() + 3;
    int end = text.indexOf("\n■ ", from);
    return Arrays.stream(text.substring(from, end < 0 ? text.length() : end).split("\n"))
        .filter(line -> !line.isBlank())
        .toList();
  }

  @Test
  void japaneseCardLetterWithBothCertificates() {
    RenderedLetter r = renderer.render(cardAndCertificates("ja"));

    assertEquals("マイナンバーカードの有効期限のお知らせ", r.subject());
    assertEquals(
        List.of(
            "山田 太郎 様",
            "あなたのマイナンバーカード（個人番号カード）の次の項目は、まもなく有効期限を迎えます。",
            "・マイナンバーカード：有効期限は令和8年6月30日です。令和8年4月1日から新しいカードの申請ができます。",
            "・利用者証明用電子証明書：有効期限は令和8年4月15日です。令和8年1月16日から更新手続ができます。",
            "・署名用電子証明書：有効期限は令和8年4月14日です。令和8年1月15日から更新手続ができます。",
            "更新手続は、引き続きカードや電子証明書の利用を希望される方が行うものです。義務ではありません。",
            "新しいカードは、申請からおおむね1か月後にできあがります。交付通知書が郵送で届いた後、ご本人が窓口で受け取ってください。お早めに申請してください。",
            "15歳未満の方は、法定代理人が申請し、受取りの際も同行してください。",
            "有効期限を迎えるカードの更新（電子証明書を含む。）の手数料は無料です。有効期限が過ぎた後でも無料です。",
            "電子証明書の更新手続の手数料は無料です。有効期限が過ぎた後でも無料です。",
            "地方公共団体情報システム機構（J-LIS）からも、有効期限のおおむね2～3か月前に有効期限通知書が送付されます。どちらも同じカードについてのお知らせです。いずれかの通知に従って一度手続をしていただければ足ります。"),
        body(r));
    assertEquals(
        List.of(
            "・この通知書",
            "・現在お持ちのマイナンバーカード（新しいカードの受取りの際に返納していただきます。）",
            "・新しいカード用の顔写真（6か月以内に撮影した、正面、無帽、無背景のもの）",
            "・利用者証明用電子証明書の暗証番号（数字4桁）",
            "・署名用電子証明書の暗証番号（英大文字と数字を組み合わせた6～16桁）"),
        section(r, "お持ちいただくもの"));
  }

  @Test
  void japaneseOfficeFeesWarningAndContactsAreInOfficialNoticeStyle() {
    NoticeSettings evening =
        NoticeSettingsProducer.settings(
            key -> key.equals("mynacard.office.evening-hours") ? "THURSDAY 2,4 19:30" : null);
    RenderedLetter r = new LetterRenderer(evening).render(cardAndCertificates("ja"));

    assertEquals(
        List.of(
            "サンプル市役所 市民課 マイナンバーカード窓口（サンプル市中央一丁目1番1号 本庁舎1階）",
            "受付日：月曜日～土曜日",
            "受付時間：午前8時45分～午後4時30分",
            "毎月第2・第4木曜日は午後7時30分まで受け付けます。",
            "休業日：日曜日・祝日・休日、12月29日～1月3日",
            "電話：000-000-0000"),
        section(r, "手続の場所と受付時間"));
    assertEquals(
        List.of(
            "紛失・破損によりカードを再交付する場合、更新の際に従前のカードを返納できない場合、及び外国人住民の方のカードが在留期間の満了により失効した後に新しいカードの交付を受ける場合は、カード800円、電子証明書200円の手数料がかかります。"),
        section(r, "手数料"));
    assertEquals(
        List.of(
            "手続の代行を持ち掛ける見知らぬ第三者に、カードを渡したり暗証番号を教えたりしないでください。サンプル市役所 市民課 マイナンバーカード窓口やJ-LISが、電話やメールでカードや暗証番号を求めることはありません。不審な電話やメールには応じずに、サンプル市役所 市民課 マイナンバーカード窓口又は下記の番号にご相談ください。"),
        section(r, "詐欺にご注意ください"));
    assertEquals(
        List.of(
            "この通知についてのお問い合わせ：サンプル市役所 市民課 マイナンバーカード窓口　電話 000-000-0000",
            "・0120-95-0178：日本語（平日 午前9時30分～午後8時、土日祝日 午前9時30分～午後5時30分）",
            "・0120-0178-27：英語・中国語・韓国語・スペイン語・ポルトガル語（24時間・夜間はカードの一時停止のみ）",
            "・0120-0178-27：タイ語・ネパール語・インドネシア語（午前9時～午後6時）",
            "・0120-0178-27：ベトナム語・タガログ語（午前10時～午後7時）",
            "カードを紛失したり盗まれたりしたときは、すぐに0120-95-0178（24時間365日受付）に電話して、カードの機能を一時停止してください。",
            "お問い合わせ番号：L20260401-1-R1"),
        section(r, "お問い合わせ"));
  }

  @Test
  void japaneseStayLetterBeforeTheStayIsRenewed() {
    RenderedLetter r = renderer.render(stay("ja", StayCase.NOT_YET_RENEWED, null));

    assertEquals(
        List.of(
            "NGUYEN VAN A 様",
            "あなたのマイナンバーカード（個人番号カード）の次の項目は、まもなく有効期限を迎えます。",
            "・マイナンバーカード：有効期限は令和8年5月31日です。カードの有効期限は在留期間の満了日に合わせて定められています。",
            "更新手続は、引き続きカードや電子証明書の利用を希望される方が行うものです。義務ではありません。",
            "在留期間が更新されても、カードの有効期限は自動的には変更されません。出入国在留管理庁から在留期間の更新（又は在留資格の変更）の許可を受けた後、令和8年5月31日までに、カード、新しい在留カード及び暗証番号をお持ちの上、窓口でカードの有効期限の変更手続をしてください。手数料は無料です。",
            "在留期間の更新を申請中で、令和8年5月31日の時点で処分が決まっていない場合は、特例期間（処分が決まるまで、最長で令和8年5月31日から2か月）の間、カードは引き続き有効です。新しい在留カードを受け取ったら、その期間内にお越しください。",
            "令和8年5月31日までに手続をしないと、カードはその日の経過をもって失効し、有効期限の変更はできなくなります。新しいカードの交付には、カード800円、電子証明書200円の手数料がかかります。",
            "在留期間の満了によりカードの有効期限を迎える場合、J-LISからの通知はありません。このお知らせのみが届きます。"),
        body(r));
    assertEquals(
        List.of("・この通知書", "・マイナンバーカード", "・在留カード（在留期間の更新後は、新しい在留カード）", "・カードの暗証番号（数字4桁）"),
        section(r, "お持ちいただくもの"));
  }

  @Test
  void japaneseStayLetterAfterTheStayWasRenewedNamesTheNewEndAndAsksForTheValidityChange() {
    List<String> body =
        body(renderer.render(stay("ja", StayCase.RENEWED, LocalDate.of(2029, 5, 31))));

    assertEquals(
        "あなたの在留期間が令和11年5月31日まで更新されたことが記録されています。ただし、カードの有効期限は令和8年5月31日のままです。令和8年5月31日までに、カード、在留カード及び暗証番号をお持ちの上、窓口でカードの有効期限の変更手続をしてください。手数料は無料です。",
        body.get(4));
    assertFalse(String.join("", body).contains("特例期間"), "no pending application: renewed");
  }

  @Test
  void englishCardLetterWithBothCertificates() {
    RenderedLetter r = renderer.render(cardAndCertificates("en"));

    assertEquals("Your My Number Card: expiry and renewal", r.subject());
    assertEquals(
        List.of(
            "Dear 山田 太郎,",
            "The following items of your My Number Card (Individual Number Card) expire soon.",
            "・My Number Card: valid until June 30, 2026. You can apply for a new card from April 1, 2026.",
            "・Electronic certificate for user identification: valid until April 15, 2026. You can renew it from January 16, 2026.",
            "・Electronic certificate for signature: valid until April 14, 2026. You can renew it from January 15, 2026.",
            "Renewal is for those who want to keep using the card and its certificates: it is not compulsory.",
            "A new card is ready about one month after you apply. You will receive a notice of issuance by post and then collect the card in person at the office, so apply early.",
            "For a holder under 15, the legal representative applies and comes along when the card is collected.",
            "A new card to replace an expiring one, with its electronic certificates, is free of charge, also after the expiry date.",
            "Renewing an electronic certificate is free of charge, also after the expiry date.",
            "J-LIS (Japan Agency for Local Authority Information Systems) also sends its own notice of the expiry date, usually two to three months ahead. Both letters are about the same card: you need to renew only once, following either letter."),
        body(r));
    assertEquals(
        List.of(
            "Sample City Hall, Citizen Services Division, 1-1-1 Chuo, Sample City, main building, 1st floor",
            "Open: Monday to Saturday",
            "Hours: 8:45 to 16:30",
            "Closed on Sunday, national holidays and substitute holidays, and from December 29 to January 3.",
            "Telephone: 000-000-0000"),
        section(r, "Where and when to go"));
    assertEquals(
        List.of(
            "・This letter.",
            "・Your current My Number Card: you hand it back when you receive the new one.",
            "・A face photo for the new card, taken within the last six months (front view, no hat, plain background).",
            "・The PIN of the certificate for user identification (4 digits).",
            "・The password of the signature certificate (6 to 16 capital letters and digits)."),
        section(r, "What to bring"));
    assertEquals(
        List.of(
            "Never hand your card or tell a PIN to an unknown third party who offers to do the procedure for you. Sample City Hall, Citizen Services Division and J-LIS never phone or e-mail you to ask for your card or a PIN. If you receive such a call or message, do not answer it and contact Sample City Hall, Citizen Services Division or one of the numbers below."),
        section(r, "Beware of fraud"));
    assertEquals(
        List.of(
            "Questions about this letter: Sample City Hall, Citizen Services Division, telephone 000-000-0000.",
            "・0120-95-0178: Japanese (weekdays 9:30 to 20:00, weekends and holidays 9:30 to 17:30)",
            "・0120-0178-27: English, Chinese, Korean, Spanish, Portuguese (24 hours a day; at night only to suspend a card)",
            "・0120-0178-27: Thai, Nepali, Indonesian (9:00 to 18:00)",
            "・0120-0178-27: Vietnamese, Tagalog (10:00 to 19:00)",
            "If your card is lost or stolen, call 0120-95-0178 at once to suspend it: the line answers 24 hours a day, every day of the year.",
            "Reference: L20260401-1-R1"),
        section(r, "Contact"));
  }

  @Test
  void englishUserCertificateLetterAsksForItsPinOnlyAndNoPhotoOrSignaturePassword() {
    RenderedLetter r = renderer.render(userCertOnly("en"));

    assertEquals(
        List.of(
            "Dear 山田 花子,",
            "The following items of your My Number Card (Individual Number Card) expire soon.",
            "・Electronic certificate for user identification: valid until April 15, 2026. You can renew it from January 16, 2026.",
            "Renewal is for those who want to keep using the card and its certificates: it is not compulsory.",
            "Renewing an electronic certificate is free of charge, also after the expiry date.",
            "J-LIS (Japan Agency for Local Authority Information Systems) also sends its own notice of the expiry date, usually two to three months ahead. Both letters are about the same card: you need to renew only once, following either letter."),
        body(r));
    assertEquals(
        List.of(
            "・This letter.",
            "・Your My Number Card.",
            "・The PIN of the certificate for user identification (4 digits)."),
        section(r, "What to bring"));
  }

  @Test
  void japaneseUserCertificateLetterAsksForNoSignaturePassword() {
    assertEquals(
        List.of("・この通知書", "・マイナンバーカード", "・利用者証明用電子証明書の暗証番号（数字4桁）"),
        section(renderer.render(userCertOnly("ja")), "お持ちいただくもの"));
  }

  @Test
  void englishStayLetterBeforeTheStayIsRenewedHasNoWindowNoPhotoAndNoFreeRenewalAfterExpiry() {
    RenderedLetter r = renderer.render(stay("en", StayCase.NOT_YET_RENEWED, null));

    assertEquals(
        List.of(
            "Dear NGUYEN VAN A,",
            "The following items of your My Number Card (Individual Number Card) expire soon.",
            "・My Number Card: valid until May 31, 2026. The card's validity ends with a period of stay.",
            "Renewal is for those who want to keep using the card and its certificates: it is not compulsory.",
            "The card is not extended automatically when your period of stay is renewed. Once the Immigration Services Agency has granted the renewal of your period of stay (or a change of status), bring your card, your new residence card and your PIN to the office by May 31, 2026 to have the card's validity changed. This is free of charge.",
            "If you have applied for the renewal of your period of stay and the decision is still pending on May 31, 2026, your card stays valid during the special period while the application is decided (at most two months after May 31, 2026). Come with your new residence card as soon as you receive it, within that period.",
            "If you do not come by May 31, 2026, the card lapses at the end of that day and its validity can no longer be changed: you would need a new card, with the re-issue fee of 800 yen for the card and 200 yen for the electronic certificates.",
            "J-LIS sends no notice when a card ends with a period of stay: this letter is the only one you receive about it."),
        body(r));
    assertEquals(
        List.of(
            "・This letter.",
            "・Your My Number Card.",
            "・Your residence card (the new one, once your period of stay has been renewed).",
            "・The 4-digit PIN of your card."),
        section(r, "What to bring"));
  }

  @Test
  void englishStayLetterAfterAChangeToAStatusWithoutAPeriodOfStay() {
    List<String> body = body(renderer.render(stay("en", StayCase.STATUS_WITHOUT_PERIOD, null)));

    assertEquals(
        "Our records show that your status of residence has changed and no longer has a period of stay. Your card is nevertheless valid only until May 31, 2026: bring your card, your residence card and your PIN to the office by May 31, 2026 to have the card's validity changed. This is free of charge.",
        body.get(4));
    assertTrue(body.get(5).startsWith("If you do not come by May 31, 2026, the card lapses"));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyLanguageHasTheParagraphsOfTheEnglishLetterOfEachKind(String language) {
    List<LetterFacts> kinds =
        List.of(
            cardAndCertificates(language),
            userCertOnly(language),
            stay(language, StayCase.NOT_YET_RENEWED, null),
            stay(language, StayCase.RENEWED, LocalDate.of(2029, 5, 31)),
            stay(language, StayCase.STATUS_WITHOUT_PERIOD, null));
    List<String> english =
        List.of(
                cardAndCertificates("en"),
                userCertOnly("en"),
                stay("en", StayCase.NOT_YET_RENEWED, null),
                stay("en", StayCase.RENEWED, LocalDate.of(2029, 5, 31)),
                stay("en", StayCase.STATUS_WITHOUT_PERIOD, null))
            .stream()
            .map(f -> renderer.render(f).text())
            .toList();
    for (int i = 0; i < kinds.size(); i++) {
      String text = renderer.render(kinds.get(i)).text();
      assertEquals(
          english.get(i).split("\n").length, text.split("\n").length, language + " letter " + i);
      assertFalse(text.contains("{") || text.contains("}"), language + ": unfilled placeholder");
      assertTrue(text.contains("0120-95-0178") && text.contains("800"), language + " " + i);
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyLanguageStatesTheDatesItsItemsNeed(String language) {
    String card = renderer.render(cardAndCertificates(language)).text();
    for (LocalDate d :
        new LocalDate[] {CARD, LocalDate.of(2026, 4, 1), USER, LocalDate.of(2026, 1, 16), SIGN}) {
      assertTrue(card.contains(LetterDates.date(d, language)), language + " " + d + "\n" + card);
    }
    String renewed =
        renderer.render(stay(language, StayCase.RENEWED, LocalDate.of(2029, 5, 31))).text();
    assertTrue(renewed.contains(LetterDates.date(STAY, language)), language);
    assertTrue(renewed.contains(LetterDates.date(LocalDate.of(2029, 5, 31), language)), language);
    // a STAY item has no window: the date three months before is nowhere
    assertFalse(renewed.contains(LetterDates.date(LocalDate.of(2026, 3, 1), language)), language);
  }

  @ParameterizedTest
  @MethodSource("languages")
  void stayLettersPromiseNoFreeRenewalAfterExpiryAndAskForNoPhotoInAnyLanguage(String language) {
    String text = renderer.render(stay(language, StayCase.NOT_YET_RENEWED, null)).text();
    for (String key : new String[] {"free.card", "free.certificates", "bring.photo", "jlis"}) {
      assertFalse(text.contains(LetterBundles.text(language, key)), language + " " + key);
    }
    String user = renderer.render(userCertOnly(language)).text();
    assertFalse(user.contains(LetterBundles.text(language, "bring.signPassword")), language);
  }

  @Test
  void japaneseDatesAreInEraFormAndTheFirstYearIsGannen() {
    assertEquals("令和8年2月28日", LetterDates.date(LocalDate.of(2026, 2, 28), "ja"));
    assertEquals("令和元年5月1日", LetterDates.date(LocalDate.of(2019, 5, 1), "ja"));
  }

  @Test
  void otherLanguagesUseTheirOwnDateForm() {
    assertEquals("February 28, 2026", LetterDates.date(LocalDate.of(2026, 2, 28), "en"));
    assertEquals("28 de febrero de 2026", LetterDates.date(LocalDate.of(2026, 2, 28), "es"));
    assertEquals("2026년 2월 28일", LetterDates.date(LocalDate.of(2026, 2, 28), "ko"));
  }

  @Test
  void thePrintableTextIsTheTextWithCrlfLineEnds() {
    LetterFacts facts = stay("fr", StayCase.RENEWED, LocalDate.of(2029, 5, 31));

    String printable = renderer.renderPrintable(facts).text();

    assertEquals(renderer.render(facts).text().replace("\n", "\r\n"), printable);
    assertFalse(printable.replace("\r\n", "").contains("\n"));
  }

  @Test
  void rendersTheSameLettersOnSeveralThreadsAsOnOne() throws Exception {
    List<LetterFacts> letters = new ArrayList<>();
    for (String language : LetterBundles.LANGUAGES) {
      letters.add(cardAndCertificates(language));
      letters.add(stay(language, StayCase.NOT_YET_RENEWED, null));
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
                  for (int i = 0; i < 100; i++) {
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
  void anUnknownLanguageFallsBackToJapaneseWithEnglish() {
    RenderedLetter r =
        renderer.render(new LetterFacts("L2", "fr", "Jean Dupont", CARD, null, null));

    assertEquals("ja,en", r.contentLanguage());
    assertTrue(r.text().indexOf("令和8年6月30日") < r.text().indexOf("June 30, 2026"), r.text());
    assertEquals("マイナンバーカードの有効期限のお知らせ / Your My Number Card: expiry and renewal", r.subject());
    assertTrue(r.html().contains("<div lang=\"ja\">") && r.html().contains("<div lang=\"en\">"));
  }

  @Test
  void aMissingLanguageAlsoFallsBack() {
    assertEquals(List.of("ja", "en"), LetterRenderer.languagesFor(null));
  }

  @Test
  void htmlEscapesWhatComesFromTheRegistry() {
    RenderedLetter r =
        renderer.render(new LetterFacts("L3", "en", "<b>Tom & \"Jerry\"</b>", CARD, null, null));

    assertTrue(r.html().contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;"), r.html());
    assertFalse(r.html().contains("<b>Tom"));
  }

  @Test
  void theOfficeAddressFallsBackToEnglishThenJapanese() {
    RenderedLetter th = renderer.render(new LetterFacts("L4", "th", "A", CARD, null, null));
    RenderedLetter ja = renderer.render(new LetterFacts("L4", "ja", "A", CARD, null, null));

    assertTrue(th.text().contains("Sample City Hall"), th.text());
    assertTrue(ja.text().contains("サンプル市役所"), ja.text());
  }

  @Test
  void aStayItemWithoutItsCaseIsRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> new LetterFacts("L5", "en", "A", null, STAY, null, null, null, null));
  }
}
