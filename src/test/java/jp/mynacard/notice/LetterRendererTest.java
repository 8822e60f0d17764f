package jp.mynacard.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        "L20260401-1-R2",
        language,
        "NGUYEN VAN A",
        null,
        STAY,
        null,
        null,
        stayCase,
        nowEnds,
        LocalDate.of(2026, 4, 1));
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

  /**
   * Issue 12: per language, the subject and the three items of the card letter (every expiry date
   * and the day each window opens), then the body of the letter for a renewed stay after its item
   * (old and new end, the last day to come, no window), written out as the resident reads them.
   */
  private static final Map<String, List<String>> DATED = new LinkedHashMap<>();

  static {
    DATED.put(
        "ja",
        List.of(
            "マイナンバーカードの有効期限のお知らせ",
            "・マイナンバーカード：有効期限は令和8年6月30日です。令和8年4月1日から新しいカードの申請ができます。",
            "・利用者証明用電子証明書：有効期限は令和8年4月15日です。令和8年1月16日から更新手続ができます。",
            "・署名用電子証明書：有効期限は令和8年4月14日です。令和8年1月15日から更新手続ができます。",
            "・マイナンバーカード：有効期限は令和8年5月31日です。カードの有効期限は在留期間の満了日に合わせて定められています。",
            "更新手続は、引き続きカードや電子証明書の利用を希望される方が行うものです。義務ではありません。",
            "あなたの在留期間が令和11年5月31日まで更新されたことが記録されています。ただし、カードの有効期限は令和8年5月31日のままです。令和8年5月31日までに、カード、在留カード及び暗証番号をお持ちの上、窓口でカードの有効期限の変更手続をしてください。手数料は無料です。",
            "令和8年5月31日までに手続をしないと、カードはその日の経過をもって失効し、有効期限の変更はできなくなります。新しいカードの交付には、カード800円、電子証明書200円の手数料がかかります。",
            "在留期間の満了によりカードの有効期限を迎える場合、J-LISからの通知はありません。このお知らせのみが届きます。"));
    DATED.put(
        "en",
        List.of(
            "Your My Number Card: expiry and renewal",
            "・My Number Card: valid until June 30, 2026. You can apply for a new card from April 1, 2026.",
            "・Electronic certificate for user identification: valid until April 15, 2026. You can renew it from January 16, 2026.",
            "・Electronic certificate for signature: valid until April 14, 2026. You can renew it from January 15, 2026.",
            "・My Number Card: valid until May 31, 2026. The card's validity ends with a period of stay.",
            "Renewal is for those who want to keep using the card and its certificates: it is not compulsory.",
            "Our records show that your period of stay has been renewed until May 31, 2029. Your card is nevertheless valid only until May 31, 2026: bring your card, your residence card and your PIN to the office by May 31, 2026 to have the card's validity changed. This is free of charge.",
            "If you do not come by May 31, 2026, the card lapses at the end of that day and its validity can no longer be changed: you would need a new card, with the re-issue fee of 800 yen for the card and 200 yen for the electronic certificates.",
            "J-LIS sends no notice when a card ends with a period of stay: this letter is the only one you receive about it."));
    DATED.put(
        "zh",
        List.of(
            "您的My Number卡：有效期限及更新",
            "・My Number卡：有效期至2026年6月30日。自2026年4月1日起可以申请新卡。",
            "・用户证明用电子证明书：有效期至2026年4月15日。自2026年1月16日起可以办理更新。",
            "・签名用电子证明书：有效期至2026年4月14日。自2026年1月15日起可以办理更新。",
            "・My Number卡：有效期至2026年5月31日。本卡的有效期限是按照在留期间的届满日确定的。",
            "更新手续由希望继续使用本卡及电子证明书的人士办理，并非义务。",
            "根据我们的记录，您的在留期间已更新至2029年5月31日。但是，本卡的有效期限仍为2026年5月31日。请最迟于2026年5月31日携带本卡、在留卡及密码到窗口办理变更本卡有效期限的手续。该手续免费。",
            "如果到2026年5月31日为止仍未办理手续，本卡将于当日失效，且无法再变更有效期限。届时需要申领新卡，并缴纳补发手续费：卡800日元，电子证明书200日元。",
            "因在留期间届满而到期的卡，J-LIS不会寄送通知。关于此事，您只会收到本通知。"));
    DATED.put(
        "ko",
        List.of(
            "마이넘버 카드: 유효기간 만료 및 갱신 안내",
            "・마이넘버 카드: 유효기간은 2026년 6월 30일까지입니다. 2026년 4월 1일부터 새 카드를 신청하실 수 있습니다.",
            "・이용자 증명용 전자증명서: 유효기간은 2026년 4월 15일까지입니다. 2026년 1월 16일부터 갱신하실 수 있습니다.",
            "・서명용 전자증명서: 유효기간은 2026년 4월 14일까지입니다. 2026년 1월 15일부터 갱신하실 수 있습니다.",
            "・마이넘버 카드: 유효기간은 2026년 5월 31일까지입니다. 카드의 유효기간은 재류 기간의 만료일에 맞추어 정해져 있습니다.",
            "갱신 절차는 카드 및 전자증명서를 계속 이용하기를 원하시는 분이 하시는 것이며, 의무가 아닙니다.",
            "기록에 따르면 귀하의 재류 기간이 2029년 5월 31일까지 갱신되었습니다. 그러나 카드의 유효기간은 여전히 2026년 5월 31일까지입니다. 2026년 5월 31일까지 카드, 재류 카드 및 비밀번호를 준비하셔서 창구에서 카드의 유효기간 변경 절차를 밟아 주십시오. 수수료는 무료입니다.",
            "2026년 5월 31일까지 절차를 밟지 않으시면 카드는 그날로 효력을 잃으며, 유효기간을 더 이상 변경할 수 없게 됩니다. 이 경우 새 카드를 발급받으셔야 하며, 카드 800엔, 전자증명서 200엔의 재발급 수수료가 듭니다.",
            "재류 기간 만료에 따라 카드의 유효기간이 끝나는 경우에는 J-LIS에서 통지를 보내지 않습니다. 이에 관해서는 이 안내문만 받으시게 됩니다."));
    DATED.put(
        "es",
        List.of(
            "Su tarjeta My Number: vencimiento y renovación",
            "・Tarjeta My Number: válida hasta el 30 de junio de 2026. Puede solicitar una tarjeta nueva a partir del 1 de abril de 2026.",
            "・Certificado electrónico de identificación del usuario: válido hasta el 15 de abril de 2026. Puede renovarlo a partir del 16 de enero de 2026.",
            "・Certificado electrónico de firma: válido hasta el 14 de abril de 2026. Puede renovarlo a partir del 15 de enero de 2026.",
            "・Tarjeta My Number: válida hasta el 31 de mayo de 2026. La validez de la tarjeta termina con su período de estancia.",
            "La renovación es para quienes desean seguir usando la tarjeta y sus certificados electrónicos: no es obligatoria.",
            "Según nuestros registros, su período de estancia se ha renovado hasta el 31 de mayo de 2029. No obstante, su tarjeta solo es válida hasta el 31 de mayo de 2026: acuda a la oficina a más tardar el 31 de mayo de 2026 con su tarjeta, su tarjeta de residencia y su PIN para que se modifique la validez de la tarjeta. Este trámite es gratuito.",
            "Si no realiza el trámite a más tardar el 31 de mayo de 2026, la tarjeta caducará ese día y ya no será posible modificar su validez: necesitaría una tarjeta nueva, con una tasa de reexpedición de 800 yenes por la tarjeta y 200 yenes por los certificados electrónicos.",
            "J-LIS no envía ningún aviso cuando la validez de una tarjeta termina con el período de estancia: esta carta es el único aviso que recibirá al respecto."));
    DATED.put(
        "pt",
        List.of(
            "Seu Cartão My Number: vencimento e renovação",
            "・Cartão My Number: válido até 30 de junho de 2026. Você pode solicitar um novo cartão a partir de 1 de abril de 2026.",
            "・Certificado eletrônico de identificação do usuário: válido até 15 de abril de 2026. Você pode renová-lo a partir de 16 de janeiro de 2026.",
            "・Certificado eletrônico de assinatura: válido até 14 de abril de 2026. Você pode renová-lo a partir de 15 de janeiro de 2026.",
            "・Cartão My Number: válido até 31 de maio de 2026. A validade do cartão termina junto com o seu período de permanência.",
            "A renovação é para quem deseja continuar usando o cartão e os seus certificados eletrônicos: ela não é obrigatória.",
            "Consta em nossos registros que o seu período de permanência foi renovado até 31 de maio de 2029. No entanto, o seu cartão continua válido somente até 31 de maio de 2026: compareça ao local de atendimento até 31 de maio de 2026 com o seu cartão, o seu cartão de residência e o seu PIN para alterar a validade do cartão. Esse procedimento é gratuito.",
            "Se você não fizer o procedimento até 31 de maio de 2026, o cartão perderá a validade nesse dia e não será mais possível alterá-la: seria necessário um novo cartão, com a taxa de reemissão de 800 ienes pelo cartão e 200 ienes pelos certificados eletrônicos.",
            "A J-LIS não envia aviso quando a validade do cartão termina com o período de permanência: esta carta é o único aviso que você receberá sobre isso."));
    DATED.put(
        "th",
        List.of(
            "บัตรมายนัมเบอร์ของท่าน: วันหมดอายุและการต่ออายุ",
            "・บัตรมายนัมเบอร์: ใช้ได้ถึงวันที่ 30 มิถุนายน ค.ศ. 2026 ท่านสามารถยื่นคำขอบัตรใบใหม่ได้ตั้งแต่วันที่ 1 เมษายน ค.ศ. 2026",
            "・ใบรับรองอิเล็กทรอนิกส์สำหรับยืนยันตัวตนผู้ใช้: ใช้ได้ถึงวันที่ 15 เมษายน ค.ศ. 2026 ท่านสามารถต่ออายุได้ตั้งแต่วันที่ 16 มกราคม ค.ศ. 2026",
            "・ใบรับรองอิเล็กทรอนิกส์สำหรับการลงลายมือชื่อ: ใช้ได้ถึงวันที่ 14 เมษายน ค.ศ. 2026 ท่านสามารถต่ออายุได้ตั้งแต่วันที่ 15 มกราคม ค.ศ. 2026",
            "・บัตรมายนัมเบอร์: ใช้ได้ถึงวันที่ 31 พฤษภาคม ค.ศ. 2026 วันหมดอายุของบัตรกำหนดให้ตรงกับวันสิ้นสุดระยะเวลาพำนักของท่าน",
            "การต่ออายุเป็นขั้นตอนสำหรับผู้ที่ประสงค์จะใช้บัตรและใบรับรองอิเล็กทรอนิกส์ต่อไป มิใช่ข้อบังคับ",
            "ตามข้อมูลในทะเบียนของเรา ระยะเวลาพำนักของท่านได้รับการต่ออายุถึงวันที่ 31 พฤษภาคม ค.ศ. 2029 แล้ว อย่างไรก็ตาม บัตรของท่านยังคงใช้ได้ถึงวันที่ 31 พฤษภาคม ค.ศ. 2026 เท่านั้น โปรดนำบัตรและบัตรประจำตัวผู้พำนักมาที่สำนักงานภายในวันที่ 31 พฤษภาคม ค.ศ. 2026 พร้อมรหัส PIN ของท่าน เพื่อดำเนินการเปลี่ยนวันหมดอายุของบัตร โดยไม่มีค่าธรรมเนียม",
            "หากท่านไม่มาดำเนินการภายในวันที่ 31 พฤษภาคม ค.ศ. 2026 บัตรจะสิ้นผลในวันนั้น และจะไม่สามารถเปลี่ยนวันหมดอายุได้อีก ท่านจะต้องขอออกบัตรใบใหม่ โดยเสียค่าธรรมเนียมการออกบัตรใหม่ ค่าบัตร 800 เยน และค่าใบรับรองอิเล็กทรอนิกส์ 200 เยน",
            "ในกรณีที่บัตรหมดอายุพร้อมกับการสิ้นสุดระยะเวลาพำนัก J-LIS จะไม่ส่งหนังสือแจ้ง หนังสือฉบับนี้จึงเป็นหนังสือแจ้งฉบับเดียวที่ท่านจะได้รับในเรื่องนี้"));
    DATED.put(
        "ne",
        List.of(
            "तपाईंको माइ नम्बर कार्ड: म्याद समाप्ति र नवीकरण",
            "・माइ नम्बर कार्ड: 2026 जुन 30 सम्म मान्य। तपाईं 2026 अप्रिल 1 देखि नयाँ कार्डका लागि आवेदन दिन सक्नुहुन्छ।",
            "・प्रयोगकर्ता पहिचानका लागि विद्युतीय प्रमाणपत्र: 2026 अप्रिल 15 सम्म मान्य। तपाईं 2026 जनवरी 16 देखि यसको नवीकरण गर्न सक्नुहुन्छ।",
            "・हस्ताक्षरका लागि विद्युतीय प्रमाणपत्र: 2026 अप्रिल 14 सम्म मान्य। तपाईं 2026 जनवरी 15 देखि यसको नवीकरण गर्न सक्नुहुन्छ।",
            "・माइ नम्बर कार्ड: 2026 मे 31 सम्म मान्य। कार्डको म्याद तपाईंको बसोबास अवधि समाप्त हुने मितिअनुसार तोकिएको छ।",
            "नवीकरण कार्ड र विद्युतीय प्रमाणपत्रहरू निरन्तर प्रयोग गर्न चाहनुहुनेहरूका लागि हो। यो अनिवार्य होइन।",
            "हाम्रो अभिलेखअनुसार तपाईंको बसोबास अवधि 2029 मे 31 सम्म नवीकरण भएको छ। तर तपाईंको कार्ड भने 2026 मे 31 सम्म मात्र मान्य छ: कार्डको म्याद परिवर्तन गराउन 2026 मे 31 सम्ममा आफ्नो कार्ड, निवास कार्ड र PIN लिएर कार्यालयमा आउनुहोस्। यो निःशुल्क छ।",
            "2026 मे 31 सम्ममा नआउनुभएमा कार्ड सोही दिन अमान्य हुन्छ र त्यसपछि यसको म्याद परिवर्तन गर्न सकिँदैन: तपाईंलाई नयाँ कार्ड चाहिन्छ, जसका लागि कार्डको 800 येन र विद्युतीय प्रमाणपत्रहरूको 200 येन पुनः जारी शुल्क लाग्छ।",
            "बसोबास अवधि समाप्त भएकाले कार्डको म्याद समाप्त हुँदा J-LIS ले कुनै सूचना पठाउँदैन: यस विषयमा तपाईंले पाउने सूचना यही पत्र मात्र हो।"));
    DATED.put(
        "id",
        List.of(
            "Kartu My Number Anda: masa berlaku dan pembaruan",
            "・Kartu My Number: berlaku sampai 30 Juni 2026. Anda dapat mengajukan permohonan kartu baru mulai 1 April 2026.",
            "・Sertifikat elektronik untuk identifikasi pengguna: berlaku sampai 15 April 2026. Anda dapat memperbaruinya mulai 16 Januari 2026.",
            "・Sertifikat elektronik untuk tanda tangan: berlaku sampai 14 April 2026. Anda dapat memperbaruinya mulai 15 Januari 2026.",
            "・Kartu My Number: berlaku sampai 31 Mei 2026. Masa berlaku kartu ditetapkan sesuai dengan tanggal berakhirnya masa tinggal Anda.",
            "Pembaruan diperuntukkan bagi yang ingin terus menggunakan kartu dan sertifikat elektroniknya. Pembaruan ini tidak wajib.",
            "Menurut catatan kami, masa tinggal Anda telah diperpanjang sampai 31 Mei 2029. Namun, kartu Anda tetap hanya berlaku sampai 31 Mei 2026: bawalah kartu Anda, kartu izin tinggal Anda, dan PIN Anda ke kantor paling lambat 31 Mei 2026 untuk mengubah masa berlaku kartu. Prosedur ini tidak dipungut biaya.",
            "Jika Anda tidak datang paling lambat 31 Mei 2026, kartu tidak berlaku lagi pada hari itu dan masa berlakunya tidak dapat diubah lagi: Anda harus membuat kartu baru dengan biaya penerbitan ulang sebesar 800 yen untuk kartu dan 200 yen untuk sertifikat elektronik.",
            "J-LIS tidak mengirimkan pemberitahuan jika masa berlaku kartu berakhir bersama masa tinggal: surat ini adalah satu-satunya pemberitahuan yang Anda terima mengenai hal tersebut."));
    DATED.put(
        "vi",
        List.of(
            "Thẻ My Number của quý vị: hết hạn và gia hạn",
            "・Thẻ My Number: có hiệu lực đến ngày 30 tháng 6, 2026. Quý vị có thể nộp đơn xin cấp thẻ mới từ ngày 1 tháng 4, 2026.",
            "・Giấy chứng nhận điện tử dùng để xác thực người dùng: có hiệu lực đến ngày 15 tháng 4, 2026. Quý vị có thể gia hạn từ ngày 16 tháng 1, 2026.",
            "・Giấy chứng nhận điện tử dùng cho chữ ký: có hiệu lực đến ngày 14 tháng 4, 2026. Quý vị có thể gia hạn từ ngày 15 tháng 1, 2026.",
            "・Thẻ My Number: có hiệu lực đến ngày 31 tháng 5, 2026. Thời hạn hiệu lực của thẻ được ấn định theo ngày hết thời hạn lưu trú.",
            "Việc gia hạn dành cho những người muốn tiếp tục sử dụng thẻ và các giấy chứng nhận điện tử; đây không phải là nghĩa vụ.",
            "Theo hồ sơ của chúng tôi, thời hạn lưu trú của quý vị đã được gia hạn đến ngày 31 tháng 5, 2029. Tuy nhiên, thẻ của quý vị vẫn chỉ có hiệu lực đến ngày 31 tháng 5, 2026: xin vui lòng mang theo thẻ, thẻ lưu trú và mã PIN đến quầy chậm nhất vào ngày 31 tháng 5, 2026 để làm thủ tục thay đổi thời hạn hiệu lực của thẻ. Thủ tục này miễn phí.",
            "Nếu đến hết ngày 31 tháng 5, 2026 quý vị vẫn chưa làm thủ tục, thẻ sẽ mất hiệu lực vào chính ngày đó và không thể thay đổi thời hạn hiệu lực được nữa: quý vị sẽ phải xin cấp thẻ mới, với lệ phí cấp lại là 800 yên cho thẻ và 200 yên cho các giấy chứng nhận điện tử.",
            "J-LIS không gửi thông báo khi thẻ hết hạn do hết thời hạn lưu trú: thư này là thông báo duy nhất quý vị nhận được về việc đó."));
    DATED.put(
        "tl",
        List.of(
            "Ang inyong My Number Card: pag-expire at pag-renew",
            "・My Number Card: may bisa hanggang Hunyo 30, 2026. Maaari kayong mag-apply ng bagong card simula Abril 1, 2026.",
            "・Electronic certificate para sa user identification: may bisa hanggang Abril 15, 2026. Maaari ninyo itong i-renew simula Enero 16, 2026.",
            "・Electronic certificate para sa signature: may bisa hanggang Abril 14, 2026. Maaari ninyo itong i-renew simula Enero 15, 2026.",
            "・My Number Card: may bisa hanggang Mayo 31, 2026. Nagtatapos ang bisa ng card kasabay ng inyong period of stay (panahon ng pananatili).",
            "Ang pag-renew ay para sa mga nais magpatuloy sa paggamit ng card at ng mga electronic certificate nito: hindi ito sapilitan.",
            "Ayon sa aming rekord, na-renew ang inyong period of stay hanggang Mayo 31, 2029. Gayunman, may bisa lamang ang inyong card hanggang Mayo 31, 2026: pumunta sa opisina bago matapos ang Mayo 31, 2026 dala ang inyong card, ang inyong residence card at ang inyong PIN upang mapalitan ang bisa ng card. Libre ito.",
            "Kung hindi kayo makapunta bago matapos ang Mayo 31, 2026, mawawalan ng bisa ang card sa araw na iyon at hindi na mapapalitan ang bisa nito: kakailanganin ninyo ng bagong card, na may bayad sa muling pag-isyu na 800 yen para sa card at 200 yen para sa mga electronic certificate.",
            "Walang ipinapadalang abiso ang J-LIS kapag nagtatapos ang bisa ng card kasabay ng period of stay: ang liham na ito lamang ang matatanggap ninyo tungkol dito."));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyLanguageStatesTheDatesItsItemsNeed(String language) {
    RenderedLetter card = renderer.render(cardAndCertificates(language));
    List<String> renewed =
        body(renderer.render(stay(language, StayCase.RENEWED, LocalDate.of(2029, 5, 31))));
    List<String> read = new ArrayList<>();
    read.add(card.subject());
    read.addAll(body(card).subList(2, 5));
    read.addAll(renewed.subList(2, renewed.size()));

    assertEquals(DATED.get(language), read, language);
  }

  /**
   * Per language, the body of a letter for a stay not yet renewed after its greeting (no window, no
   * free renewal after expiry, no photo, no J-LIS notice), then the items and things to bring of a
   * letter for the user certificate alone (its PIN, no signature password), as the resident reads
   * them.
   */
  private static final Map<String, List<String>> NO_WINDOW = new LinkedHashMap<>();

  static {
    NO_WINDOW.put(
        "ja",
        List.of(
            "・マイナンバーカード：有効期限は令和8年5月31日です。カードの有効期限は在留期間の満了日に合わせて定められています。",
            "更新手続は、引き続きカードや電子証明書の利用を希望される方が行うものです。義務ではありません。",
            "在留期間が更新されても、カードの有効期限は自動的には変更されません。出入国在留管理庁から在留期間の更新（又は在留資格の変更）の許可を受けた後、令和8年5月31日までに、カード、新しい在留カード及び暗証番号をお持ちの上、窓口でカードの有効期限の変更手続をしてください。手数料は無料です。",
            "在留期間の更新を申請中で、令和8年5月31日の時点で処分が決まっていない場合は、特例期間（処分が決まるまで、最長で令和8年5月31日から2か月）の間、カードは引き続き有効です。新しい在留カードを受け取ったら、その期間内にお越しください。",
            "令和8年5月31日までに手続をしないと、カードはその日の経過をもって失効し、有効期限の変更はできなくなります。新しいカードの交付には、カード800円、電子証明書200円の手数料がかかります。",
            "在留期間の満了によりカードの有効期限を迎える場合、J-LISからの通知はありません。このお知らせのみが届きます。",
            "・利用者証明用電子証明書：有効期限は令和8年4月15日です。令和8年1月16日から更新手続ができます。",
            "・この通知書",
            "・マイナンバーカード",
            "・利用者証明用電子証明書の暗証番号（数字4桁）"));
    NO_WINDOW.put(
        "en",
        List.of(
            "・My Number Card: valid until May 31, 2026. The card's validity ends with a period of stay.",
            "Renewal is for those who want to keep using the card and its certificates: it is not compulsory.",
            "The card is not extended automatically when your period of stay is renewed. Once the Immigration Services Agency has granted the renewal of your period of stay (or a change of status), bring your card, your new residence card and your PIN to the office by May 31, 2026 to have the card's validity changed. This is free of charge.",
            "If you have applied for the renewal of your period of stay and the decision is still pending on May 31, 2026, your card stays valid during the special period while the application is decided (at most two months after May 31, 2026). Come with your new residence card as soon as you receive it, within that period.",
            "If you do not come by May 31, 2026, the card lapses at the end of that day and its validity can no longer be changed: you would need a new card, with the re-issue fee of 800 yen for the card and 200 yen for the electronic certificates.",
            "J-LIS sends no notice when a card ends with a period of stay: this letter is the only one you receive about it.",
            "・Electronic certificate for user identification: valid until April 15, 2026. You can renew it from January 16, 2026.",
            "・This letter.",
            "・Your My Number Card.",
            "・The PIN of the certificate for user identification (4 digits)."));
    NO_WINDOW.put(
        "zh",
        List.of(
            "・My Number卡：有效期至2026年5月31日。本卡的有效期限是按照在留期间的届满日确定的。",
            "更新手续由希望继续使用本卡及电子证明书的人士办理，并非义务。",
            "即使在留期间获得更新，本卡的有效期限也不会自动变更。在获得出入国在留管理厅的在留期间更新许可（或在留资格变更许可）后，请最迟于2026年5月31日携带本卡、新的在留卡及密码到窗口办理变更本卡有效期限的手续。该手续免费。",
            "如果您已申请在留期间更新，而截至2026年5月31日尚未作出决定，则在特例期间内（至作出决定为止，最长为自2026年5月31日起两个月），本卡继续有效。收到新的在留卡后，请在该期间内尽快前来办理。",
            "如果到2026年5月31日为止仍未办理手续，本卡将于当日失效，且无法再变更有效期限。届时需要申领新卡，并缴纳补发手续费：卡800日元，电子证明书200日元。",
            "因在留期间届满而到期的卡，J-LIS不会寄送通知。关于此事，您只会收到本通知。",
            "・用户证明用电子证明书：有效期至2026年4月15日。自2026年1月16日起可以办理更新。",
            "・本通知书。",
            "・您的My Number卡。",
            "・用户证明用电子证明书的密码（4位数字）。"));
    NO_WINDOW.put(
        "ko",
        List.of(
            "・마이넘버 카드: 유효기간은 2026년 5월 31일까지입니다. 카드의 유효기간은 재류 기간의 만료일에 맞추어 정해져 있습니다.",
            "갱신 절차는 카드 및 전자증명서를 계속 이용하기를 원하시는 분이 하시는 것이며, 의무가 아닙니다.",
            "재류 기간이 갱신되어도 카드의 유효기간은 자동으로 변경되지 않습니다. 출입국재류관리청으로부터 재류 기간 갱신(또는 재류 자격 변경) 허가를 받으신 후, 2026년 5월 31일까지 카드, 새 재류 카드 및 비밀번호를 준비하셔서 창구에서 카드의 유효기간 변경 절차를 밟아 주십시오. 수수료는 무료입니다.",
            "재류 기간 갱신을 신청 중이며 2026년 5월 31일 시점에 아직 결정이 나지 않은 경우, 특례 기간(결정이 날 때까지, 최장 2026년 5월 31일부터 2개월) 동안 카드는 계속 유효합니다. 새 재류 카드를 받으시면 그 기간 내에 바로 방문해 주십시오.",
            "2026년 5월 31일까지 절차를 밟지 않으시면 카드는 그날로 효력을 잃으며, 유효기간을 더 이상 변경할 수 없게 됩니다. 이 경우 새 카드를 발급받으셔야 하며, 카드 800엔, 전자증명서 200엔의 재발급 수수료가 듭니다.",
            "재류 기간 만료에 따라 카드의 유효기간이 끝나는 경우에는 J-LIS에서 통지를 보내지 않습니다. 이에 관해서는 이 안내문만 받으시게 됩니다.",
            "・이용자 증명용 전자증명서: 유효기간은 2026년 4월 15일까지입니다. 2026년 1월 16일부터 갱신하실 수 있습니다.",
            "・이 안내문.",
            "・마이넘버 카드.",
            "・이용자 증명용 전자증명서의 비밀번호(숫자 4자리)."));
    NO_WINDOW.put(
        "es",
        List.of(
            "・Tarjeta My Number: válida hasta el 31 de mayo de 2026. La validez de la tarjeta termina con su período de estancia.",
            "La renovación es para quienes desean seguir usando la tarjeta y sus certificados electrónicos: no es obligatoria.",
            "Su tarjeta no se prorroga automáticamente cuando se renueva su período de estancia. Una vez que la Agencia de Servicios de Inmigración le haya concedido el permiso de renovación de su período de estancia (o de cambio de estatus de residencia), acuda a la oficina a más tardar el 31 de mayo de 2026 con su tarjeta, su nueva tarjeta de residencia y su PIN para que se modifique la validez de la tarjeta. Este trámite es gratuito.",
            "Si ha solicitado la renovación de su período de estancia y el 31 de mayo de 2026 su solicitud todavía no se ha resuelto, su tarjeta sigue siendo válida durante el período especial, mientras se resuelve la solicitud (como máximo, hasta dos meses después del 31 de mayo de 2026). En cuanto reciba su nueva tarjeta de residencia, acuda a la oficina con ella dentro de ese período.",
            "Si no realiza el trámite a más tardar el 31 de mayo de 2026, la tarjeta caducará ese día y ya no será posible modificar su validez: necesitaría una tarjeta nueva, con una tasa de reexpedición de 800 yenes por la tarjeta y 200 yenes por los certificados electrónicos.",
            "J-LIS no envía ningún aviso cuando la validez de una tarjeta termina con el período de estancia: esta carta es el único aviso que recibirá al respecto.",
            "・Certificado electrónico de identificación del usuario: válido hasta el 15 de abril de 2026. Puede renovarlo a partir del 16 de enero de 2026.",
            "・Esta carta.",
            "・Su tarjeta My Number.",
            "・El PIN del certificado de identificación del usuario (4 dígitos)."));
    NO_WINDOW.put(
        "pt",
        List.of(
            "・Cartão My Number: válido até 31 de maio de 2026. A validade do cartão termina junto com o seu período de permanência.",
            "A renovação é para quem deseja continuar usando o cartão e os seus certificados eletrônicos: ela não é obrigatória.",
            "A validade do cartão não é prorrogada automaticamente quando o seu período de permanência é renovado. Depois que a Agência de Serviços de Imigração conceder a permissão de renovação do seu período de permanência (ou de mudança de status de residência), compareça ao local de atendimento até 31 de maio de 2026 com o seu cartão, o seu novo cartão de residência e o seu PIN para alterar a validade do cartão. Esse procedimento é gratuito.",
            "Se você solicitou a renovação do seu período de permanência e, em 31 de maio de 2026, a decisão ainda não tiver saído, o seu cartão continua válido durante o período especial, enquanto a solicitação é analisada (no máximo dois meses após 31 de maio de 2026). Assim que receber o novo cartão de residência, compareça com ele ao local de atendimento dentro desse período.",
            "Se você não fizer o procedimento até 31 de maio de 2026, o cartão perderá a validade nesse dia e não será mais possível alterá-la: seria necessário um novo cartão, com a taxa de reemissão de 800 ienes pelo cartão e 200 ienes pelos certificados eletrônicos.",
            "A J-LIS não envia aviso quando a validade do cartão termina com o período de permanência: esta carta é o único aviso que você receberá sobre isso.",
            "・Certificado eletrônico de identificação do usuário: válido até 15 de abril de 2026. Você pode renová-lo a partir de 16 de janeiro de 2026.",
            "・Esta carta.",
            "・Seu Cartão My Number.",
            "・O PIN do certificado de identificação do usuário (4 dígitos)."));
    NO_WINDOW.put(
        "th",
        List.of(
            "・บัตรมายนัมเบอร์: ใช้ได้ถึงวันที่ 31 พฤษภาคม ค.ศ. 2026 วันหมดอายุของบัตรกำหนดให้ตรงกับวันสิ้นสุดระยะเวลาพำนักของท่าน",
            "การต่ออายุเป็นขั้นตอนสำหรับผู้ที่ประสงค์จะใช้บัตรและใบรับรองอิเล็กทรอนิกส์ต่อไป มิใช่ข้อบังคับ",
            "แม้ระยะเวลาพำนักของท่านจะได้รับการต่ออายุแล้ว อายุของบัตรจะไม่เปลี่ยนแปลงโดยอัตโนมัติ เมื่อสำนักงานตรวจคนเข้าเมืองญี่ปุ่น (Immigration Services Agency) อนุญาตให้ต่ออายุระยะเวลาพำนัก (หรือเปลี่ยนสถานภาพการพำนัก) แล้ว โปรดนำบัตร และบัตรประจำตัวผู้พำนัก (Residence Card) ใบใหม่ มาที่สำนักงานภายในวันที่ 31 พฤษภาคม ค.ศ. 2026 พร้อมรหัส PIN ของท่าน เพื่อดำเนินการเปลี่ยนวันหมดอายุของบัตร โดยไม่มีค่าธรรมเนียม",
            "หากท่านได้ยื่นคำร้องขอต่ออายุระยะเวลาพำนักไว้ และ ณ วันที่ 31 พฤษภาคม ค.ศ. 2026 ยังไม่มีผลการพิจารณา บัตรของท่านจะยังคงใช้ได้ในช่วงระยะเวลาพิเศษระหว่างรอผลการพิจารณา (ไม่เกิน 2 เดือนนับจากวันที่ 31 พฤษภาคม ค.ศ. 2026) เมื่อได้รับบัตรประจำตัวผู้พำนักใบใหม่แล้ว โปรดมาที่สำนักงานโดยเร็วภายในระยะเวลาดังกล่าว",
            "หากท่านไม่มาดำเนินการภายในวันที่ 31 พฤษภาคม ค.ศ. 2026 บัตรจะสิ้นผลในวันนั้น และจะไม่สามารถเปลี่ยนวันหมดอายุได้อีก ท่านจะต้องขอออกบัตรใบใหม่ โดยเสียค่าธรรมเนียมการออกบัตรใหม่ ค่าบัตร 800 เยน และค่าใบรับรองอิเล็กทรอนิกส์ 200 เยน",
            "ในกรณีที่บัตรหมดอายุพร้อมกับการสิ้นสุดระยะเวลาพำนัก J-LIS จะไม่ส่งหนังสือแจ้ง หนังสือฉบับนี้จึงเป็นหนังสือแจ้งฉบับเดียวที่ท่านจะได้รับในเรื่องนี้",
            "・ใบรับรองอิเล็กทรอนิกส์สำหรับยืนยันตัวตนผู้ใช้: ใช้ได้ถึงวันที่ 15 เมษายน ค.ศ. 2026 ท่านสามารถต่ออายุได้ตั้งแต่วันที่ 16 มกราคม ค.ศ. 2026",
            "・หนังสือฉบับนี้",
            "・บัตรมายนัมเบอร์ของท่าน",
            "・รหัส PIN ของใบรับรองอิเล็กทรอนิกส์สำหรับยืนยันตัวตนผู้ใช้ (ตัวเลข 4 หลัก)"));
    NO_WINDOW.put(
        "ne",
        List.of(
            "・माइ नम्बर कार्ड: 2026 मे 31 सम्म मान्य। कार्डको म्याद तपाईंको बसोबास अवधि समाप्त हुने मितिअनुसार तोकिएको छ।",
            "नवीकरण कार्ड र विद्युतीय प्रमाणपत्रहरू निरन्तर प्रयोग गर्न चाहनुहुनेहरूका लागि हो। यो अनिवार्य होइन।",
            "तपाईंको बसोबास अवधि नवीकरण भए पनि कार्डको म्याद स्वतः परिवर्तन हुँदैन। अध्यागमन सेवा एजेन्सी (Immigration Services Agency) बाट बसोबास अवधि नवीकरणको (वा निवास स्थिति परिवर्तनको) अनुमति पाएपछि, कार्डको म्याद परिवर्तन गराउन 2026 मे 31 सम्ममा आफ्नो कार्ड, नयाँ निवास कार्ड र PIN लिएर कार्यालयमा आउनुहोस्। यो निःशुल्क छ।",
            "यदि तपाईंले बसोबास अवधि नवीकरणका लागि आवेदन दिनुभएको छ र 2026 मे 31 मा पनि निर्णय भइसकेको छैन भने, निर्णय नहुँदासम्मको विशेष अवधिभर (बढीमा 2026 मे 31 देखि दुई महिनासम्म) तपाईंको कार्ड मान्य रहन्छ। नयाँ निवास कार्ड प्राप्त हुनासाथ सोही अवधिभित्र कार्यालयमा आउनुहोस्।",
            "2026 मे 31 सम्ममा नआउनुभएमा कार्ड सोही दिन अमान्य हुन्छ र त्यसपछि यसको म्याद परिवर्तन गर्न सकिँदैन: तपाईंलाई नयाँ कार्ड चाहिन्छ, जसका लागि कार्डको 800 येन र विद्युतीय प्रमाणपत्रहरूको 200 येन पुनः जारी शुल्क लाग्छ।",
            "बसोबास अवधि समाप्त भएकाले कार्डको म्याद समाप्त हुँदा J-LIS ले कुनै सूचना पठाउँदैन: यस विषयमा तपाईंले पाउने सूचना यही पत्र मात्र हो।",
            "・प्रयोगकर्ता पहिचानका लागि विद्युतीय प्रमाणपत्र: 2026 अप्रिल 15 सम्म मान्य। तपाईं 2026 जनवरी 16 देखि यसको नवीकरण गर्न सक्नुहुन्छ।",
            "・यो पत्र।",
            "・तपाईंको माइ नम्बर कार्ड।",
            "・प्रयोगकर्ता पहिचानका लागि विद्युतीय प्रमाणपत्रको PIN (4 अङ्क)।"));
    NO_WINDOW.put(
        "id",
        List.of(
            "・Kartu My Number: berlaku sampai 31 Mei 2026. Masa berlaku kartu ditetapkan sesuai dengan tanggal berakhirnya masa tinggal Anda.",
            "Pembaruan diperuntukkan bagi yang ingin terus menggunakan kartu dan sertifikat elektroniknya. Pembaruan ini tidak wajib.",
            "Masa berlaku kartu tidak diubah secara otomatis ketika masa tinggal Anda diperpanjang. Setelah Badan Imigrasi Jepang (Immigration Services Agency) memberikan izin perpanjangan masa tinggal (atau perubahan status tinggal) Anda, bawalah kartu Anda, kartu izin tinggal (residence card) yang baru, dan PIN Anda ke kantor paling lambat 31 Mei 2026 untuk mengubah masa berlaku kartu. Prosedur ini tidak dipungut biaya.",
            "Jika Anda telah mengajukan permohonan perpanjangan masa tinggal dan keputusannya belum keluar pada 31 Mei 2026, kartu Anda tetap berlaku selama masa khusus hingga permohonan tersebut diputuskan (paling lama dua bulan setelah 31 Mei 2026). Datanglah dengan kartu izin tinggal yang baru segera setelah Anda menerimanya, dalam masa tersebut.",
            "Jika Anda tidak datang paling lambat 31 Mei 2026, kartu tidak berlaku lagi pada hari itu dan masa berlakunya tidak dapat diubah lagi: Anda harus membuat kartu baru dengan biaya penerbitan ulang sebesar 800 yen untuk kartu dan 200 yen untuk sertifikat elektronik.",
            "J-LIS tidak mengirimkan pemberitahuan jika masa berlaku kartu berakhir bersama masa tinggal: surat ini adalah satu-satunya pemberitahuan yang Anda terima mengenai hal tersebut.",
            "・Sertifikat elektronik untuk identifikasi pengguna: berlaku sampai 15 April 2026. Anda dapat memperbaruinya mulai 16 Januari 2026.",
            "・Surat ini.",
            "・Kartu My Number Anda.",
            "・PIN sertifikat elektronik untuk identifikasi pengguna (4 digit)."));
    NO_WINDOW.put(
        "vi",
        List.of(
            "・Thẻ My Number: có hiệu lực đến ngày 31 tháng 5, 2026. Thời hạn hiệu lực của thẻ được ấn định theo ngày hết thời hạn lưu trú.",
            "Việc gia hạn dành cho những người muốn tiếp tục sử dụng thẻ và các giấy chứng nhận điện tử; đây không phải là nghĩa vụ.",
            "Khi thời hạn lưu trú được gia hạn, thời hạn hiệu lực của thẻ không tự động được thay đổi. Sau khi được Cục Quản lý Xuất nhập cảnh và Lưu trú cấp phép gia hạn thời hạn lưu trú (hoặc thay đổi tư cách lưu trú), xin vui lòng mang theo thẻ, thẻ lưu trú mới và mã PIN đến quầy chậm nhất vào ngày 31 tháng 5, 2026 để làm thủ tục thay đổi thời hạn hiệu lực của thẻ. Thủ tục này miễn phí.",
            "Nếu quý vị đã nộp đơn xin gia hạn thời hạn lưu trú và tính đến ngày 31 tháng 5, 2026 vẫn chưa có quyết định, thẻ của quý vị vẫn có hiệu lực trong thời gian đặc lệ cho đến khi có quyết định (tối đa hai tháng kể từ ngày 31 tháng 5, 2026). Khi nhận được thẻ lưu trú mới, xin vui lòng đến ngay trong thời gian đó.",
            "Nếu đến hết ngày 31 tháng 5, 2026 quý vị vẫn chưa làm thủ tục, thẻ sẽ mất hiệu lực vào chính ngày đó và không thể thay đổi thời hạn hiệu lực được nữa: quý vị sẽ phải xin cấp thẻ mới, với lệ phí cấp lại là 800 yên cho thẻ và 200 yên cho các giấy chứng nhận điện tử.",
            "J-LIS không gửi thông báo khi thẻ hết hạn do hết thời hạn lưu trú: thư này là thông báo duy nhất quý vị nhận được về việc đó.",
            "・Giấy chứng nhận điện tử dùng để xác thực người dùng: có hiệu lực đến ngày 15 tháng 4, 2026. Quý vị có thể gia hạn từ ngày 16 tháng 1, 2026.",
            "・Thư này.",
            "・Thẻ My Number của quý vị.",
            "・Mã PIN của giấy chứng nhận điện tử dùng để xác thực người dùng (4 chữ số)."));
    NO_WINDOW.put(
        "tl",
        List.of(
            "・My Number Card: may bisa hanggang Mayo 31, 2026. Nagtatapos ang bisa ng card kasabay ng inyong period of stay (panahon ng pananatili).",
            "Ang pag-renew ay para sa mga nais magpatuloy sa paggamit ng card at ng mga electronic certificate nito: hindi ito sapilitan.",
            "Hindi awtomatikong napapahaba ang bisa ng card kapag na-renew ang inyong period of stay. Kapag naipagkaloob na ng Immigration Services Agency ang pahintulot sa pag-renew ng inyong period of stay (o sa pagpapalit ng status of residence), pumunta sa opisina bago matapos ang Mayo 31, 2026 dala ang inyong card, ang inyong bagong residence card at ang inyong PIN upang mapalitan ang bisa ng card. Libre ito.",
            "Kung nag-apply kayo para sa pag-renew ng inyong period of stay at wala pang desisyon sa Mayo 31, 2026, mananatiling may bisa ang inyong card sa loob ng special period habang hinihintay ang desisyon (hindi hihigit sa dalawang buwan pagkalipas ng Mayo 31, 2026). Pumunta sa opisina dala ang inyong bagong residence card sa sandaling matanggap ninyo ito, sa loob ng panahong iyon.",
            "Kung hindi kayo makapunta bago matapos ang Mayo 31, 2026, mawawalan ng bisa ang card sa araw na iyon at hindi na mapapalitan ang bisa nito: kakailanganin ninyo ng bagong card, na may bayad sa muling pag-isyu na 800 yen para sa card at 200 yen para sa mga electronic certificate.",
            "Walang ipinapadalang abiso ang J-LIS kapag nagtatapos ang bisa ng card kasabay ng period of stay: ang liham na ito lamang ang matatanggap ninyo tungkol dito.",
            "・Electronic certificate para sa user identification: may bisa hanggang Abril 15, 2026. Maaari ninyo itong i-renew simula Enero 16, 2026.",
            "・Ang liham na ito.",
            "・Ang inyong My Number Card.",
            "・Ang PIN ng electronic certificate para sa user identification (4 na digit)."));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void stayLettersPromiseNoFreeRenewalAfterExpiryAndAskForNoPhotoInAnyLanguage(String language) {
    List<String> stay = body(renderer.render(stay(language, StayCase.NOT_YET_RENEWED, null)));
    List<String> read = new ArrayList<>(stay.subList(2, stay.size()));
    Arrays.stream(renderer.render(userCertOnly(language)).text().split("\n"))
        .filter(line -> line.startsWith("・") && !line.startsWith("・0120"))
        .forEach(read::add);

    assertEquals(NO_WINDOW.get(language), read, language);
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
        () -> new LetterFacts("L5", "en", "A", null, STAY, null, null, null, null, null));
  }
}
