package jp.mynacard.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mynacard.config.NoticeSettingsProducer;
import jp.mynacard.validity.StayCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a resident reads in a reminder after expiry (issue 14): the item has expired, a card or
 * certificate is still renewed free, the card serves as a health insurance card to the end of the
 * third month after the month its certificate for user identification expired, and a STAY card has
 * lapsed (a new card with the re-issue fee) unless a stay renewal was still being decided. Letters
 * written on 2027-02-28 for items that expired on 2027-01-31 (a reminder one month after), unless
 * said.
 */
class ReminderLettersTest {
  static final LocalDate EXPIRED = LocalDate.of(2027, 1, 31);
  static final LocalDate WRITTEN = LocalDate.of(2027, 2, 28);
  static final LocalDate AHEAD = LocalDate.of(2027, 5, 31);

  private final LetterRenderer renderer = new LetterRenderer(NoticeSettingsFixture.defaults());

  static Iterable<String> languages() {
    return LetterBundles.LANGUAGES;
  }

  private static LetterFacts card(String language, LocalDate writtenOn) {
    return new LetterFacts(
        "L20270228-1-R1", language, "山田 太郎", EXPIRED, null, null, null, null, null, writtenOn);
  }

  private static LetterFacts userCert(String language, LocalDate writtenOn) {
    return new LetterFacts(
        "L20270228-1-R2", language, "山田 花子", null, null, EXPIRED, null, null, null, writtenOn);
  }

  private static LetterFacts signCert(String language) {
    return new LetterFacts(
        "L20270228-1-R3", language, "山田 次郎", null, null, null, EXPIRED, null, null, WRITTEN);
  }

  private static LetterFacts stay(String language, StayCase stayCase, LocalDate writtenOn) {
    return new LetterFacts(
        "L20270228-1-R4",
        language,
        "NGUYEN VAN A",
        null,
        EXPIRED,
        null,
        null,
        stayCase,
        stayCase == StayCase.RENEWED ? LocalDate.of(2030, 1, 31) : null,
        writtenOn);
  }

  /** The card expires in three months, its certificate for user identification expired. */
  private static LetterFacts cardAheadCertificateExpired(String language) {
    return new LetterFacts(
        "L20270228-1-R5", language, "山田 三郎", AHEAD, null, EXPIRED, null, null, null, WRITTEN);
  }

  /** The paragraphs and list items of a letter, from the salutation to the office heading. */
  private static List<String> body(RenderedLetter r) {
    String text = r.text();
    int end = text.indexOf("\n■ ", 1);
    return Arrays.stream(text.substring(text.indexOf('\n') + 1, end).split("\n"))
        .filter(line -> !line.isBlank())
        .toList();
  }

  /** What to bring: the list under its heading. */
  private static List<String> listed(RenderedLetter r, String language) {
    String text = r.text();
    String heading = "■ " + LetterBundles.text(language, "heading.bring") + "\n";
    int from = text.indexOf(heading) + heading.length();
    return Arrays.stream(text.substring(from, text.indexOf("\n■ ", from)).split("\n"))
        .filter(line -> !line.isBlank())
        .toList();
  }

  private static String bring(String language, String key) {
    return "・" + LetterBundles.text(language, key);
  }

  @Test
  void japaneseCardReminderOneMonthAfterExpiry() {
    RenderedLetter r = renderer.render(card("ja", WRITTEN));

    assertEquals("マイナンバーカードの有効期限切れのお知らせ", r.subject());
    assertTrue(r.text().startsWith("■ マイナンバーカード・電子証明書の有効期限切れのお知らせ\n"), r.text());
    assertEquals(
        List.of(
            "山田 太郎 様",
            "あなたのマイナンバーカード（個人番号カード）の次の項目は、有効期限が過ぎており、まだ手続がされていないことが記録されています。",
            "・マイナンバーカード：有効期限は令和9年1月31日で、期限が過ぎています。今すぐ新しいカードの申請ができます。",
            "更新手続は、引き続きカードや電子証明書の利用を希望される方が行うものです。義務ではありません。",
            "新しいカードは、申請からおおむね1か月後にできあがります。交付通知書が郵送で届いた後、ご本人が窓口で受け取ってください。お早めに申請してください。",
            "15歳未満の方は、法定代理人が申請し、受取りの際も同行してください。",
            "有効期限が過ぎたカードの更新（電子証明書を含む。）も、手数料は無料です。",
            "カードを健康保険証として利用している方へ：利用者証明用電子証明書はカードと同時に有効期限が切れており、カードを健康保険証として利用できるのは令和9年4月30日までです。お早めに更新してください。"),
        body(r));
    assertEquals(
        List.of(
            "・この通知書",
            "・現在お持ちのマイナンバーカード（新しいカードの受取りの際に返納していただきます。）",
            "・新しいカード用の顔写真（6か月以内に撮影した、正面、無帽、無背景のもの）"),
        listed(r, "ja"));
  }

  @Test
  void englishCardReminderSaysExpiredStillFreeAndHealthInsuranceUntilTheGracePeriodsEnd() {
    RenderedLetter r = renderer.render(card("en", WRITTEN));

    assertEquals("Your My Number Card: expired, and how to renew it", r.subject());
    assertEquals(
        List.of(
            "Dear 山田 太郎,",
            "Our records show that the following items of your My Number Card (Individual Number Card) have expired and that no procedure has been done for them yet.",
            "・My Number Card: valid until January 31, 2027; it has expired. You can apply for a new card now.",
            "Renewal is for those who want to keep using the card and its certificates: it is not compulsory.",
            "A new card is ready about one month after you apply. You will receive a notice of issuance by post and then collect the card in person at the office, so apply early.",
            "For a holder under 15, the legal representative applies and comes along when the card is collected.",
            "Although your card has expired, a new card to replace it, with its electronic certificates, is still free of charge.",
            "If you use your card as a health insurance card: its certificate for user identification expired with the card, and the card can be used as a health insurance card only until April 30, 2027. Renew it in time."),
        body(r));
    assertEquals(
        List.of(
            "・This letter.",
            "・Your current My Number Card: you hand it back when you receive the new one.",
            "・A face photo for the new card, taken within the last six months (front view, no hat, plain background)."),
        listed(r, "en"));
    assertFalse(r.text().contains("J-LIS (Japan Agency"), "J-LIS's notice comes before expiry");
  }

  @Test
  void afterTheGracePeriodTheLetterSaysTheCardNoLongerServesAsAHealthInsuranceCard() {
    // four months after: the grace ended with April
    List<String> body = body(renderer.render(userCert("en", LocalDate.of(2027, 5, 31))));

    assertEquals(
        "If you used your card as a health insurance card: because its certificate for user identification has expired, the card could be used as a health insurance card only until April 30, 2027. It can no longer be used as one.",
        body.get(body.size() - 1));
  }

  @Test
  void onTheGracePeriodsLastDayTheCardStillServes() {
    List<String> body = body(renderer.render(userCert("en", LocalDate.of(2027, 4, 30))));

    assertTrue(
        body.get(body.size() - 1)
            .contains("can be used as a health insurance card only until April 30, 2027."),
        body.toString());
  }

  @Test
  void theGracePeriodIsTheMunicipalitysSetting() {
    NoticeSettings twoMonths =
        NoticeSettingsProducer.settings(
            key -> key.equals("mynacard.notice.health-insurance-grace-months") ? "2" : null);

    String text = new LetterRenderer(twoMonths).render(userCert("en", WRITTEN)).text();

    assertTrue(text.contains("only until March 31, 2027."), text);
  }

  @Test
  void aGracePeriodThatIsNotAWholeNumberOfMonthsStopsTheSettingsNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NoticeSettingsProducer.settings(
                    key ->
                        key.equals("mynacard.notice.health-insurance-grace-months")
                            ? "three"
                            : null));
    assertTrue(
        e.getMessage().contains("MYNACARD_NOTICE_HEALTH_INSURANCE_GRACE_MONTHS"), e.getMessage());
  }

  @Test
  void englishUserCertificateReminder() {
    RenderedLetter r = renderer.render(userCert("en", WRITTEN));

    assertEquals(
        List.of(
            "Dear 山田 花子,",
            "Our records show that the following items of your My Number Card (Individual Number Card) have expired and that no procedure has been done for them yet.",
            "・Electronic certificate for user identification: valid until January 31, 2027; it has expired. You can renew it now.",
            "Renewal is for those who want to keep using the card and its certificates: it is not compulsory.",
            "Although an electronic certificate has expired, renewing it is still free of charge.",
            "If you use your card as a health insurance card: because its certificate for user identification has expired, the card can be used as a health insurance card only until April 30, 2027. Renew the certificate in time."),
        body(r));
    assertEquals(
        List.of(
            "・This letter.",
            "・Your My Number Card.",
            "・The PIN of the certificate for user identification (4 digits)."),
        listed(r, "en"));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void aSignatureCertificatesReminderSaysNothingOfHealthInsuranceWhichDoesNotUseIt(
      String language) {
    RenderedLetter r = renderer.render(signCert(language));

    String graceEnd = LetterDates.date(LocalDate.of(2027, 4, 30), language);
    for (String key : List.of("health.card", "health.userCert")) {
      String health = LetterBundles.text(language, key, graceEnd);
      assertFalse(r.text().contains(health), language + ": " + key + "\n" + r.text());
    }
    assertTrue(listed(r, language).contains(bring(language, "bring.signPassword")), r.text());
    assertTrue(
        r.text().contains(LetterBundles.text(language, "free.certificates.expired")), r.text());
  }

  @Test
  void englishStayReminderInsideTheSpecialPeriodSaysLapsedUnlessARenewalWasPending() {
    RenderedLetter r = renderer.render(stay("en", StayCase.NOT_YET_RENEWED, WRITTEN));

    assertEquals(
        List.of(
            "Dear NGUYEN VAN A,",
            "Our records show that the following items of your My Number Card (Individual Number Card) have expired and that no procedure has been done for them yet.",
            "・My Number Card: valid until January 31, 2027, the end of a period of stay; its validity was not changed by then.",
            "Renewal is for those who want to keep using the card and its certificates: it is not compulsory.",
            "A new card is ready about one month after you apply. You will receive a notice of issuance by post and then collect the card in person at the office, so apply early.",
            "For a holder under 15, the legal representative applies and comes along when the card is collected.",
            "Our records show that the validity of your card was not changed by January 31, 2027, the last day of its validity: the card has lapsed, can no longer be used, and its validity can no longer be changed. If you want a card, you need a new one, with the re-issue fee of 800 yen for the card and 200 yen for the electronic certificates. The lapsed card is handed back.",
            "This does not apply if you had applied for the renewal of your period of stay (or a change of status) by January 31, 2027 and the decision was still pending on that day: your card then stays valid during the special period while the application is decided (at most two months after January 31, 2027). Come with your new residence card as soon as you receive it, within that period, to have the card's validity changed. This is free of charge."),
        body(r));
    assertEquals(
        List.of(
            "・This letter.",
            "・Your My Number Card (if it has lapsed, you hand it back when you receive the new one).",
            "・A face photo for the new card, taken within the last six months (front view, no hat, plain background).",
            "・Your residence card (the new one, once your period of stay has been renewed).",
            "・The 4-digit PIN of your card."),
        listed(r, "en"));
  }

  @Test
  void aStayReminderAfterTheLongestSpecialPeriodSaysLapsedWithoutExceptionAndAsksForNoPin() {
    // the special period of a stay ending 2027-01-31 runs at most to 2027-03-31
    RenderedLetter r =
        renderer.render(stay("en", StayCase.NOT_YET_RENEWED, LocalDate.of(2027, 4, 1)));

    assertFalse(r.text().contains("special period"), r.text());
    assertFalse(r.text().contains("PIN of your card"), r.text());
    assertTrue(r.text().contains("the card has lapsed"), r.text());
    assertTrue(
        renderer
            .render(stay("en", StayCase.NOT_YET_RENEWED, LocalDate.of(2027, 3, 31)))
            .text()
            .contains("special period"),
        "on its last day the special period may still run");
  }

  @Test
  void japaneseStayReminder() {
    RenderedLetter r = renderer.render(stay("ja", StayCase.NOT_YET_RENEWED, WRITTEN));

    List<String> body = body(r);
    assertEquals(
        List.of(
            "・マイナンバーカード：有効期限は在留期間の満了日に合わせた令和9年1月31日で、それまでに有効期限の変更手続がされていません。",
            "カードの有効期限である令和9年1月31日までに、有効期限の変更手続がされていないことが記録されています。カードは失効しており、利用することも、有効期限を変更することもできません。カードが必要な場合は新しいカードの交付を受ける必要があり、カード800円、電子証明書200円の手数料がかかります。失効したカードは返納していただきます。",
            "ただし、令和9年1月31日までに在留期間の更新（又は在留資格の変更）を申請し、その日の時点で処分が決まっていなかった場合は、特例期間（処分が決まるまで、最長で令和9年1月31日から2か月）の間、カードは引き続き有効です。新しい在留カードを受け取ったら、その期間内にお越しいただき、カードの有効期限の変更手続をしてください。手数料は無料です。"),
        List.of(body.get(2), body.get(6), body.get(7)));
    assertEquals(8, body.size(), body.toString());
  }

  @ParameterizedTest
  @MethodSource("languages")
  void aLapsedStayCardIsNeverToldItIsFreeOrThatItsValidityCanStillBeChangedByItsDate(
      String language) {
    for (StayCase stayCase : StayCase.values()) {
      String text = renderer.render(stay(language, stayCase, WRITTEN)).text();
      for (String told : forwardStayTexts(language)) {
        assertFalse(text.contains(told), language + " " + stayCase + ": " + told + "\n" + text);
      }
      assertTrue(
          text.contains(
              LetterBundles.text(
                  language, "stay.lapsed", LetterDates.date(EXPIRED, language), "800", "200")),
          language + " " + stayCase + "\n" + text);
    }
  }

  /** What a STAY letter before expiry says, filled in as this letter would fill it. */
  private static List<String> forwardStayTexts(String language) {
    String until = LetterDates.date(EXPIRED, language);
    return List.of(
        LetterBundles.text(language, "free.card"),
        LetterBundles.text(language, "free.card.expired"),
        LetterBundles.text(language, "stay.notExtended", until),
        LetterBundles.text(
            language,
            "stay.extended",
            until,
            LetterDates.date(LocalDate.of(2030, 1, 31), language)),
        LetterBundles.text(language, "stay.statusChanged", until),
        LetterBundles.text(language, "stay.lapse", until, "800", "200"),
        LetterBundles.text(language, "jlis.stay"),
        LetterBundles.text(
            language, "health.card", LetterDates.date(LocalDate.of(2027, 4, 30), language)));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyLanguageTellsAForeignResidentTheLapseAndTheSpecialPeriodAsTheEnglishLetterDoes(
      String language) {
    if (!LAPSED.containsKey(language)) {
      return; // Japanese and English are read whole above
    }
    RenderedLetter r = renderer.render(stay(language, StayCase.NOT_YET_RENEWED, WRITTEN));
    List<String> body = body(r);
    List<String> read =
        new ArrayList<>(List.of(body.get(1), body.get(2), body.get(6), body.get(7)));
    read.addAll(listed(r, language));

    assertEquals(LAPSED.get(language), read, language);
  }

  @Test
  void englishLetterOfACardAheadAndACertificateExpiredTellsEachAsItIs() {
    RenderedLetter r = renderer.render(cardAheadCertificateExpired("en"));

    assertEquals("Your My Number Card: expiry and renewal", r.subject());
    assertEquals(
        List.of(
            "Dear 山田 三郎,",
            "Our records show that some of the following items of your My Number Card (Individual Number Card) have expired and that no procedure has been done for them yet; the others expire soon.",
            "・My Number Card: valid until May 31, 2027. You can apply for a new card from March 1, 2027.",
            "・Electronic certificate for user identification: valid until January 31, 2027; it has expired. You can renew it now.",
            "Renewal is for those who want to keep using the card and its certificates: it is not compulsory.",
            "A new card is ready about one month after you apply. You will receive a notice of issuance by post and then collect the card in person at the office, so apply early.",
            "For a holder under 15, the legal representative applies and comes along when the card is collected.",
            "A new card to replace an expiring one, with its electronic certificates, is free of charge, also after the expiry date.",
            "Although an electronic certificate has expired, renewing it is still free of charge.",
            "If you use your card as a health insurance card: because its certificate for user identification has expired, the card can be used as a health insurance card only until April 30, 2027. Renew the certificate in time.",
            "J-LIS (Japan Agency for Local Authority Information Systems) also sends its own notice of the expiry date, usually two to three months ahead. Both letters are about the same card: you need to renew only once, following either letter."),
        body(r));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyLanguageDatesACardReminderAndItsHealthInsuranceGraceInItsOwnForm(String language) {
    String text = renderer.render(card(language, WRITTEN)).text();

    assertTrue(
        text.contains(
            LetterBundles.text(language, "item.CARD.expired", LetterDates.date(EXPIRED, language))),
        text);
    assertTrue(
        text.contains(
            LetterBundles.text(
                language, "health.card", LetterDates.date(LocalDate.of(2027, 4, 30), language))),
        text);
    assertTrue(text.contains(LetterBundles.text(language, "free.card.expired")), text);
    assertEquals(
        LetterBundles.text(language, "subject.expired"),
        renderer.render(card(language, WRITTEN)).subject());
    for (String key : List.of("intro", "free.card", "jlis")) {
      assertFalse(text.contains(LetterBundles.text(language, key)), language + ": " + key);
    }
  }

  @Test
  void aLetterWrittenOnTheExpiryDateIsNotAReminder() {
    String text = renderer.render(card("en", EXPIRED)).text();

    assertTrue(
        text.contains("valid until January 31, 2027. You can apply for a new card from"), text);
    assertFalse(text.contains("has expired"), text);
  }

  @Test
  void aResidentWhoseLanguageHasNoTextsReadsTheReminderInJapaneseAndEnglish() {
    RenderedLetter r = renderer.render(card("fr", WRITTEN));

    assertEquals("ja,en", r.contentLanguage());
    assertEquals(
        "マイナンバーカードの有効期限切れのお知らせ / Your My Number Card: expired, and how to renew it", r.subject());
    assertTrue(r.text().contains("令和9年4月30日"), r.text());
    assertTrue(r.text().contains("April 30, 2027"), r.text());
  }

  /** The STAY reminder inside the special period: intro, item, lapse, exception, what to bring. */
  private static final Map<String, List<String>> LAPSED = new LinkedHashMap<>();

  static {
    LAPSED.put(
        "zh",
        List.of(
            "根据记录，您的个人编号卡（My Number卡）的以下项目已过有效期限，且尚未办理相关手续。",
            "・My Number卡：有效期至2027年1月31日（在留期间的届满日），截至该日未办理有效期限变更手续。",
            "根据记录，截至本卡有效期限的最后一天2027年1月31日，本卡未办理有效期限变更手续。本卡已经失效，不能再使用，也无法再变更有效期限。如仍需要My Number卡，须申领新卡，并缴纳补发手续费：卡800日元，电子证明书200日元。失效的卡需要交回。",
            "但是，如果您在2027年1月31日之前已申请在留期间更新（或在留资格变更），而截至当日尚未作出决定，则在特例期间内（至作出决定为止，最长为自2027年1月31日起两个月），本卡继续有效。收到新的在留卡后，请在该期间内前来办理本卡有效期限的变更手续，免收手续费。",
            "・本通知书。",
            "・您的My Number卡（如已失效，领取新卡时需交回）。",
            "・新卡用的面部照片（最近六个月内拍摄，正面、免冠、纯色背景）。",
            "・在留卡（在留期间更新后，请携带新的在留卡）。",
            "・本卡的密码（4位数字）。"));
    LAPSED.put(
        "ko",
        List.of(
            "기록에 따르면 귀하의 마이넘버 카드(개인번호 카드)의 다음 항목은 유효기간이 지났으며 아직 관련 절차가 이루어지지 않았습니다.",
            "・마이넘버 카드: 유효기간은 재류 기간 만료일인 2027년 1월 31일까지였으며, 그때까지 유효기간 변경 절차가 이루어지지 않았습니다.",
            "기록에 따르면 카드 유효기간의 마지막 날인 2027년 1월 31일까지 카드의 유효기간 변경 절차가 이루어지지 않았습니다. 카드는 효력을 잃었으며, 더 이상 이용하실 수 없고 유효기간도 변경하실 수 없습니다. 카드가 필요하시면 새 카드를 발급받으셔야 하며, 카드 800엔, 전자증명서 200엔의 재발급 수수료가 듭니다. 효력을 잃은 카드는 반납하셔야 합니다.",
            "다만 2027년 1월 31일까지 재류 기간 갱신(또는 재류 자격 변경)을 신청하셨고 그날까지 결정이 나지 않은 경우에는, 특례 기간(결정이 날 때까지, 최장 2027년 1월 31일부터 2개월) 동안 카드는 계속 유효합니다. 새 재류 카드를 받으시면 그 기간 내에 방문하시어 카드의 유효기간 변경 절차를 해 주십시오. 수수료는 무료입니다.",
            "・이 안내문.",
            "・마이넘버 카드(효력을 잃은 경우, 새 카드를 수령하실 때 반납하셔야 합니다).",
            "・새 카드용 얼굴 사진(최근 6개월 이내에 촬영한 것으로, 정면, 모자 미착용, 무배경).",
            "・재류 카드(재류 기간이 갱신된 후에는 새 재류 카드).",
            "・카드의 비밀번호(숫자 4자리)."));
    LAPSED.put(
        "es",
        List.of(
            "Según nuestros registros, los siguientes elementos de su tarjeta My Number (Tarjeta de Número Individual) han vencido y todavía no se ha realizado ningún trámite para ellos.",
            "・Tarjeta My Number: válida hasta el 31 de enero de 2027, fin de un período de estancia; su validez no se modificó antes de esa fecha.",
            "Según nuestros registros, la validez de su tarjeta no se modificó a más tardar el 31 de enero de 2027, último día de su validez: la tarjeta ha caducado, ya no puede usarse y ya no es posible modificar su validez. Si desea una tarjeta, necesita una nueva, con una tasa de reexpedición de 800 yenes por la tarjeta y 200 yenes por los certificados electrónicos. La tarjeta caducada se devuelve.",
            "Esto no se aplica si había solicitado la renovación de su período de estancia (o un cambio de estatus) a más tardar el 31 de enero de 2027 y ese día su solicitud todavía no se había resuelto: su tarjeta sigue siendo válida durante el período especial, mientras se resuelve la solicitud (como máximo, hasta dos meses después del 31 de enero de 2027). En cuanto reciba su nueva tarjeta de residencia, acuda con ella a la oficina dentro de ese período para que se modifique la validez de la tarjeta. Es gratuito.",
            "・Esta carta.",
            "・Su tarjeta My Number (si ha caducado, deberá devolverla cuando reciba la nueva).",
            "・Una foto del rostro para la tarjeta nueva, tomada en los últimos seis meses (de frente, sin sombrero, con fondo liso).",
            "・Su tarjeta de residencia (la nueva, si ya se ha renovado su período de estancia).",
            "・El PIN de 4 dígitos de su tarjeta."));
    LAPSED.put(
        "pt",
        List.of(
            "Segundo os nossos registros, os seguintes itens do seu Cartão My Number (Cartão de Número Individual) venceram e ainda não foi feito nenhum procedimento para eles.",
            "・Cartão My Number: válido até 31 de janeiro de 2027, fim de um período de permanência; a sua validade não foi alterada até essa data.",
            "Segundo os nossos registros, a validade do seu cartão não foi alterada até 31 de janeiro de 2027, o último dia da sua validade: o cartão perdeu a validade, não pode mais ser usado e não é mais possível alterar a sua validade. Se você quiser um cartão, precisará de um novo, com a taxa de reemissão de 800 ienes pelo cartão e 200 ienes pelos certificados eletrônicos. O cartão sem validade é devolvido.",
            "Isso não se aplica se você tinha solicitado a renovação do seu período de permanência (ou a mudança de status) até 31 de janeiro de 2027 e, nesse dia, a decisão ainda não tinha saído: o seu cartão continua válido durante o período especial, enquanto a solicitação é analisada (no máximo dois meses após 31 de janeiro de 2027). Assim que receber o novo cartão de residência, compareça com ele ao local de atendimento dentro desse período para alterar a validade do cartão. É gratuito.",
            "・Esta carta.",
            "・Seu Cartão My Number (se tiver perdido a validade, você deverá devolvê-lo quando receber o novo).",
            "・Uma foto do rosto para o novo cartão, tirada nos últimos seis meses (de frente, sem chapéu, com fundo liso).",
            "・Seu cartão de residência (o novo, se o seu período de permanência já tiver sido renovado).",
            "・O PIN de 4 dígitos do seu cartão."));
    LAPSED.put(
        "th",
        List.of(
            "ตามข้อมูลในทะเบียน รายการต่อไปนี้ในบัตรมายนัมเบอร์ (บัตรหมายเลขประจำตัวบุคคล) ของท่านหมดอายุแล้ว และยังไม่ได้ดำเนินการใด ๆ",
            "・บัตรมายนัมเบอร์: ใช้ได้ถึงวันที่ 31 มกราคม ค.ศ. 2027 ซึ่งเป็นวันสิ้นสุดระยะเวลาพำนัก และไม่ได้มีการเปลี่ยนวันหมดอายุของบัตรภายในวันดังกล่าว",
            "ตามข้อมูลในทะเบียน ไม่ได้มีการเปลี่ยนวันหมดอายุของบัตรภายในวันที่ 31 มกราคม ค.ศ. 2027 ซึ่งเป็นวันสุดท้ายที่บัตรใช้ได้ บัตรจึงสิ้นผลแล้ว ไม่สามารถใช้ได้อีก และไม่สามารถเปลี่ยนวันหมดอายุได้อีก หากท่านต้องการบัตร ท่านจะต้องขอออกบัตรใบใหม่ โดยเสียค่าธรรมเนียมการออกบัตรใหม่ ค่าบัตร 800 เยน และค่าใบรับรองอิเล็กทรอนิกส์ 200 เยน บัตรที่สิ้นผลแล้วต้องส่งคืน",
            "ทั้งนี้ ไม่รวมกรณีที่ท่านได้ยื่นคำร้องขอต่ออายุระยะเวลาพำนัก (หรือขอเปลี่ยนสถานภาพการพำนัก) ภายในวันที่ 31 มกราคม ค.ศ. 2027 และ ณ วันนั้นยังไม่มีผลการพิจารณา ในกรณีนี้บัตรของท่านจะยังคงใช้ได้ในช่วงระยะเวลาพิเศษระหว่างรอผลการพิจารณา (ไม่เกิน 2 เดือนนับจากวันที่ 31 มกราคม ค.ศ. 2027) เมื่อได้รับบัตรประจำตัวผู้พำนักใบใหม่แล้ว โปรดมาที่สำนักงานภายในระยะเวลาดังกล่าวเพื่อเปลี่ยนวันหมดอายุของบัตร โดยไม่มีค่าธรรมเนียม",
            "・หนังสือฉบับนี้",
            "・บัตรมายนัมเบอร์ของท่าน (หากสิ้นผลแล้ว ต้องส่งคืนเมื่อรับบัตรใบใหม่)",
            "・รูปถ่ายใบหน้าสำหรับบัตรใบใหม่ ที่ถ่ายภายใน 6 เดือนที่ผ่านมา (หน้าตรง ไม่สวมหมวก พื้นหลังเรียบ)",
            "・บัตรประจำตัวผู้พำนัก (Residence Card) ของท่าน หากได้รับการต่ออายุระยะเวลาพำนักแล้ว โปรดนำใบใหม่มา",
            "・รหัส PIN ของบัตร (ตัวเลข 4 หลัก)"));
    LAPSED.put(
        "ne",
        List.of(
            "हाम्रो अभिलेखअनुसार तपाईंको माइ नम्बर कार्ड (व्यक्तिगत नम्बर कार्ड) का तलका विषयहरूको म्याद समाप्त भइसकेको छ र तिनका लागि अहिलेसम्म कुनै प्रक्रिया गरिएको छैन।",
            "・माइ नम्बर कार्ड: बसोबास अवधि समाप्त हुने मिति 2027 जनवरी 31 सम्म मान्य थियो; त्यस मितिसम्म यसको म्याद परिवर्तन गरिएको छैन।",
            "हाम्रो अभिलेखअनुसार कार्डको म्यादको अन्तिम दिन 2027 जनवरी 31 सम्ममा यसको म्याद परिवर्तन गरिएको छैन: कार्ड अमान्य भइसकेको छ, यसलाई अब प्रयोग गर्न सकिँदैन र यसको म्याद पनि परिवर्तन गर्न सकिँदैन। कार्ड चाहिन्छ भने नयाँ कार्ड लिनुपर्छ, जसका लागि कार्डको 800 येन र विद्युतीय प्रमाणपत्रहरूको 200 येन पुनः जारी शुल्क लाग्छ। अमान्य भएको कार्ड फिर्ता गर्नुपर्छ।",
            "तर, यदि तपाईंले 2027 जनवरी 31 सम्ममा बसोबास अवधि नवीकरण (वा बसोबास स्थिति परिवर्तन) का लागि आवेदन दिनुभएको थियो र सो दिनसम्म निर्णय भइसकेको थिएन भने, निर्णय नहुँदासम्मको विशेष अवधिभर (बढीमा 2027 जनवरी 31 देखि दुई महिनासम्म) तपाईंको कार्ड मान्य रहन्छ। नयाँ निवास कार्ड प्राप्त हुनासाथ सोही अवधिभित्र कार्यालयमा आएर कार्डको म्याद परिवर्तन गराउनुहोस्। यो निःशुल्क छ।",
            "・यो पत्र।",
            "・तपाईंको माइ नम्बर कार्ड (अमान्य भइसकेको छ भने नयाँ कार्ड लिँदा फिर्ता गर्नुपर्छ)।",
            "・नयाँ कार्डका लागि पछिल्लो छ महिनाभित्र खिचिएको अनुहारको फोटो (अगाडिबाट खिचिएको, टोपी नलगाएको, सादा पृष्ठभूमि भएको)।",
            "・तपाईंको निवास कार्ड (रेसिडेन्स कार्ड); बसोबास अवधि नवीकरण भइसकेको छ भने नयाँ निवास कार्ड।",
            "・तपाईंको कार्डको 4 अङ्कको PIN।"));
    LAPSED.put(
        "id",
        List.of(
            "Menurut catatan kami, item berikut pada Kartu My Number (Kartu Nomor Individu) Anda sudah habis masa berlakunya dan belum ada prosedur yang dilakukan untuknya.",
            "・Kartu My Number: berlaku sampai 31 Januari 2027, akhir masa tinggal; masa berlakunya tidak diubah sampai tanggal tersebut.",
            "Menurut catatan kami, masa berlaku kartu Anda tidak diubah paling lambat 31 Januari 2027, hari terakhir masa berlakunya: kartu sudah tidak berlaku, tidak dapat digunakan lagi, dan masa berlakunya tidak dapat diubah lagi. Jika Anda memerlukan kartu, Anda harus membuat kartu baru dengan biaya penerbitan ulang sebesar 800 yen untuk kartu dan 200 yen untuk sertifikat elektronik. Kartu yang sudah tidak berlaku diserahkan kembali.",
            "Hal ini tidak berlaku jika Anda telah mengajukan permohonan perpanjangan masa tinggal (atau perubahan status) paling lambat 31 Januari 2027 dan keputusannya belum keluar pada hari itu: kartu Anda tetap berlaku selama masa khusus hingga permohonan tersebut diputuskan (paling lama dua bulan setelah 31 Januari 2027). Datanglah dengan kartu izin tinggal yang baru segera setelah Anda menerimanya, dalam masa tersebut, untuk mengubah masa berlaku kartu. Tidak dipungut biaya.",
            "・Surat ini.",
            "・Kartu My Number Anda (jika sudah tidak berlaku, kartu ini diserahkan kembali saat Anda menerima kartu baru).",
            "・Foto wajah untuk kartu baru, yang diambil dalam enam bulan terakhir (tampak depan, tanpa topi, latar belakang polos).",
            "・Kartu izin tinggal (residence card) Anda; yang baru, jika masa tinggal Anda telah diperpanjang.",
            "・PIN kartu Anda (4 digit)."));
    LAPSED.put(
        "vi",
        List.of(
            "Theo hồ sơ của chúng tôi, các mục sau đây trên Thẻ My Number (Thẻ mã số cá nhân) của quý vị đã hết hạn và chưa có thủ tục nào được thực hiện.",
            "・Thẻ My Number: có hiệu lực đến ngày 31 tháng 1, 2027, ngày hết thời hạn lưu trú; thời hạn hiệu lực của thẻ đã không được thay đổi trước ngày đó.",
            "Theo hồ sơ của chúng tôi, thời hạn hiệu lực của thẻ đã không được thay đổi trước hết ngày 31 tháng 1, 2027, ngày cuối cùng thẻ có hiệu lực: thẻ đã mất hiệu lực, không thể sử dụng được nữa và cũng không thể thay đổi thời hạn hiệu lực. Nếu cần thẻ, quý vị phải xin cấp thẻ mới, với lệ phí cấp lại là 800 yên cho thẻ và 200 yên cho các giấy chứng nhận điện tử. Thẻ đã mất hiệu lực phải được nộp lại.",
            "Điều này không áp dụng nếu quý vị đã nộp đơn xin gia hạn thời hạn lưu trú (hoặc thay đổi tư cách lưu trú) trước hết ngày 31 tháng 1, 2027 và tính đến ngày đó vẫn chưa có quyết định: thẻ của quý vị vẫn có hiệu lực trong thời gian đặc lệ cho đến khi có quyết định (tối đa hai tháng kể từ ngày 31 tháng 1, 2027). Khi nhận được thẻ lưu trú mới, xin vui lòng đến ngay trong thời gian đó để thay đổi thời hạn hiệu lực của thẻ. Thủ tục này miễn phí.",
            "・Thư này.",
            "・Thẻ My Number của quý vị (nếu thẻ đã mất hiệu lực, quý vị sẽ nộp lại khi nhận thẻ mới).",
            "・Ảnh chân dung dùng cho thẻ mới, chụp trong vòng sáu tháng gần đây (chụp chính diện, không đội mũ, phông nền trơn).",
            "・Thẻ lưu trú của quý vị (thẻ lưu trú mới, sau khi thời hạn lưu trú đã được gia hạn).",
            "・Mã PIN 4 chữ số của thẻ."));
    LAPSED.put(
        "tl",
        List.of(
            "Ayon sa aming rekord, nag-expire na ang mga sumusunod na bahagi ng inyong My Number Card (Individual Number Card) at wala pang ginagawang proseso para sa mga ito.",
            "・My Number Card: may bisa hanggang Enero 31, 2027, ang katapusan ng isang period of stay; hindi napalitan ang bisa nito bago ang petsang iyon.",
            "Ayon sa aming rekord, hindi napalitan ang bisa ng inyong card bago matapos ang Enero 31, 2027, ang huling araw ng bisa nito: nawalan na ng bisa ang card, hindi na ito magagamit, at hindi na mapapalitan ang bisa nito. Kung nais ninyo ng card, kailangan ninyo ng bagong card, na may bayad sa muling pag-isyu na 800 yen para sa card at 200 yen para sa mga electronic certificate. Isasauli ang card na nawalan ng bisa.",
            "Hindi ito naaangkop kung nag-apply kayo para sa pag-renew ng inyong period of stay (o pagpapalit ng status) bago matapos ang Enero 31, 2027 at wala pang desisyon sa araw na iyon: mananatiling may bisa ang inyong card sa loob ng special period habang hinihintay ang desisyon (hindi hihigit sa dalawang buwan pagkalipas ng Enero 31, 2027). Pumunta sa opisina dala ang inyong bagong residence card sa sandaling matanggap ninyo ito, sa loob ng panahong iyon, upang mapalitan ang bisa ng card. Libre ito.",
            "・Ang liham na ito.",
            "・Ang inyong My Number Card (kung nawalan na ito ng bisa, isasauli ninyo ito kapag natanggap ninyo ang bago).",
            "・Litrato ng mukha para sa bagong card, na kinunan sa loob ng nakaraang anim na buwan (nakaharap, walang sumbrero, payak na background).",
            "・Ang inyong residence card (ang bago, kung na-renew na ang inyong period of stay).",
            "・Ang 4 na digit na PIN ng inyong card."));
  }
}
