package jp.mynacard.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.mynacard.notice.LetterDocument.Block;
import jp.mynacard.notice.LetterDocument.Bullets;
import jp.mynacard.notice.LetterDocument.Heading;
import jp.mynacard.notice.LetterDocument.Paragraph;
import jp.mynacard.validity.RenewalWindow;

/**
 * Writes one letter in one of the bundle languages. What a paragraph says depends on the letter's
 * items, so that no resident is told something that is not true for them:
 *
 * <ul>
 *   <li>a CARD item: from when a new card can be applied for, how long it takes and how it is
 *       collected, a photo, the old card handed back; free, also after expiry;
 *   <li>a certificate item: from when it can be renewed; free, also after expiry; the PIN of that
 *       certificate only (the signature password only with a signature certificate);
 *   <li>a STAY item: no renewal window and no "free after expiry" (a lapsed card is a new card with
 *       the re-issue fee); what to do depends on where the stay stands ({@link
 *       jp.mynacard.validity.StayCase}); J-LIS sends no notice of its own for it.
 * </ul>
 *
 * An item that had expired when the letter was written (a reminder after expiry) is told as
 * expired: a card or certificate can be renewed at once and still free; after the certificate for
 * user identification expired (with its card, or on its own) the card serves as a health insurance
 * card only to the end of the grace period ({@link HealthInsuranceGrace}); a STAY card has lapsed
 * and is replaced by a new card with the re-issue fee, unless a stay renewal was still being
 * decided ({@link jp.mynacard.validity.StaySpecialPeriod}). A letter may hold items of both kinds.
 *
 * <p>Every fact comes from the guidance (DESIGN.md §2) or the municipality's settings; the wording
 * is in the bundles.
 */
public final class LetterComposer {
  private final NoticeSettings settings;
  private final RenewalWindow window = RenewalWindow.threeMonths();
  private final Map<String, Constant> constants = new ConcurrentHashMap<>();
  private final AfterExpiry afterExpiry;

  public LetterComposer(NoticeSettings settings) {
    this.settings = settings;
    this.afterExpiry = new AfterExpiry(settings);
  }

  public LetterDocument compose(LetterFacts facts, String language) {
    Texts t = new Texts(language);
    boolean card = facts.cardExpiresOn() != null;
    boolean certificates = facts.userCertExpiresOn() != null || facts.signCertExpiresOn() != null;
    boolean stay = facts.stayExpiresOn() != null;
    boolean lapsed = facts.expired(facts.stayExpiresOn());
    boolean only = facts.onlyExpired();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(t.get(only ? "title.expired" : "title")));
    blocks.add(new Paragraph(t.get("salutation", facts.addressee())));
    blocks.add(
        new Paragraph(
            t.get(only ? "intro.expired" : facts.someExpired() ? "intro.mixed" : "intro")));
    blocks.add(new Bullets(items(facts, t)));
    blocks.add(new Paragraph(t.get("intro.voluntary")));
    if (card || lapsed) {
      // a lapsed STAY card is replaced by a new card too, made and collected the same way
      blocks.add(new Paragraph(t.get("card.process")));
      blocks.add(new Paragraph(t.get("card.minor")));
    }
    if (card) {
      blocks.add(
          new Paragraph(
              t.get(facts.expired(facts.cardExpiresOn()) ? "free.card.expired" : "free.card")));
    }
    if (certificates) {
      boolean expired =
          facts.expired(facts.userCertExpiresOn()) || facts.expired(facts.signCertExpiresOn());
      blocks.add(new Paragraph(t.get(expired ? "free.certificates.expired" : "free.certificates")));
    }
    afterExpiry.healthInsurance(facts, t).ifPresent(blocks::add);
    if (stay) {
      blocks.addAll(lapsed ? afterExpiry.lapsedStay(facts, t) : stay(facts, t));
    }
    if (AfterExpiry.renewableAhead(facts)) {
      blocks.add(new Paragraph(t.get("jlis")));
    }
    if (stay && !lapsed) {
      blocks.add(new Paragraph(t.get("jlis.stay")));
    }
    blocks.addAll(constant(language).where());
    blocks.add(new Heading(t.get("heading.bring")));
    blocks.add(new Bullets(toBring(facts, t)));
    blocks.addAll(constant(language).feesToContact());
    blocks.add(new Paragraph(t.get("reference", facts.letterId())));
    return new LetterDocument(language, t.get(only ? "subject.expired" : "subject"), blocks);
  }

  private List<Block> stay(LetterFacts f, Texts t) {
    String until = t.date(f.stayExpiresOn());
    List<Block> blocks = new ArrayList<>();
    switch (f.stayCase()) {
      case NOT_YET_RENEWED -> {
        blocks.add(new Paragraph(t.get("stay.notExtended", until)));
        blocks.add(new Paragraph(t.get("stay.pending", until)));
      }
      case RENEWED ->
          blocks.add(new Paragraph(t.get("stay.extended", until, t.date(f.stayNowEndsOn()))));
      case STATUS_WITHOUT_PERIOD -> blocks.add(new Paragraph(t.get("stay.statusChanged", until)));
    }
    Fees fees = settings.fees();
    blocks.add(
        new Paragraph(
            t.get(
                "stay.lapse",
                until,
                Integer.toString(fees.cardReissueYen()),
                Integer.toString(fees.certificatesReissueYen()))));
    return blocks;
  }

  /** The parts every letter in a language shares, built once: a mass run writes 720,000. */
  private Constant constant(String language) {
    return constants.computeIfAbsent(language, this::buildConstant);
  }

  private Constant buildConstant(String language) {
    Texts t = new Texts(language);
    Office office = settings.office();
    List<Block> where = new ArrayList<>();
    where.add(new Heading(t.get("heading.where")));
    where.add(
        new Paragraph(t.get("office.place", office.name(language), office.address(language))));
    where.add(
        new Paragraph(
            t.get(
                "office.days",
                dayName(office.openFrom(), language),
                dayName(office.openTo(), language))));
    where.add(
        new Paragraph(t.get("office.hours", t.time(office.opens()), t.time(office.closes()))));
    EveningHours evening = office.evening();
    if (evening != null) {
      List<String> weeks = new ArrayList<>();
      evening.weeks().forEach(w -> weeks.add(t.get("week." + w)));
      where.add(
          new Paragraph(
              t.get(
                  "office.extended",
                  t.time(evening.closes()),
                  String.join(t.get("list.and"), weeks),
                  dayName(evening.day(), language))));
    }
    where.add(new Paragraph(closedDays(office, t, language)));
    where.add(new Paragraph(t.get("office.phone", office.phone())));

    List<Block> tail = new ArrayList<>();
    tail.add(new Heading(t.get("heading.fees")));
    Fees fees = settings.fees();
    tail.add(
        new Paragraph(
            t.get(
                "fees.reissue",
                Integer.toString(fees.cardReissueYen()),
                Integer.toString(fees.certificatesReissueYen()))));
    tail.add(new Heading(t.get("heading.warning")));
    tail.add(new Paragraph(t.get("warning.scam", office.name(language))));
    tail.add(new Heading(t.get("heading.contact")));
    tail.add(new Paragraph(t.get("contact.office", office.name(language), office.phone())));
    List<String> centers = new ArrayList<>();
    for (CallCenter c : settings.callCenters()) {
      // a line per group of languages: their hours differ, and one line of them all misreads
      for (CallCenter.Answering a : c.answering()) {
        centers.add(t.get("contact.center", c.number(), answering(a, t, language)));
      }
    }
    if (!centers.isEmpty()) {
      tail.add(new Bullets(centers));
    }
    tail.add(new Paragraph(t.get("contact.loss", settings.lossNumber())));
    return new Constant(List.copyOf(where), List.copyOf(tail));
  }

  private record Constant(List<Block> where, List<Block> feesToContact) {}

  private List<String> items(LetterFacts f, Texts t) {
    List<String> items = new ArrayList<>();
    if (f.cardExpiresOn() != null) {
      items.add(item("item.CARD", f.cardExpiresOn(), f, t));
    }
    if (f.stayExpiresOn() != null) {
      // no window: the validity is changed once the stay is renewed, before the card expires
      items.add(
          t.get(
              f.expired(f.stayExpiresOn()) ? "item.STAY.expired" : "item.STAY",
              t.date(f.stayExpiresOn())));
    }
    if (f.userCertExpiresOn() != null) {
      items.add(item("item.USER_CERT", f.userCertExpiresOn(), f, t));
    }
    if (f.signCertExpiresOn() != null) {
      items.add(item("item.SIGN_CERT", f.signCertExpiresOn(), f, t));
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException("letter " + f.letterId() + " covers no item");
    }
    return items;
  }

  /**
   * An item ahead of its expiry with the day its window opens; an expired one can be renewed now.
   */
  private String item(String key, LocalDate expiresOn, LetterFacts f, Texts t) {
    if (f.expired(expiresOn)) {
      return t.get(key + ".expired", t.date(expiresOn));
    }
    return t.get(key, t.date(expiresOn), t.date(window.opensOn(expiresOn)));
  }

  private static List<String> toBring(LetterFacts f, Texts t) {
    List<String> bring = new ArrayList<>();
    bring.add(t.get("bring.letter"));
    boolean lapsed = f.expired(f.stayExpiresOn());
    if (f.cardExpiresOn() != null) {
      bring.add(t.get("bring.cardReturned"));
      bring.add(t.get("bring.photo"));
    } else if (lapsed) {
      bring.add(t.get("bring.lapsedCard"));
      bring.add(t.get("bring.photo"));
    } else {
      bring.add(t.get("bring.card"));
    }
    if (f.stayExpiresOn() != null) {
      bring.add(t.get("bring.residenceCard"));
      if (!lapsed || AfterExpiry.specialPeriodMayRun(f)) {
        // the card's PIN: for a change of its validity, not for a new card
        bring.add(t.get("bring.stayPin"));
      }
    }
    if (f.userCertExpiresOn() != null) {
      bring.add(t.get("bring.userPin"));
    }
    if (f.signCertExpiresOn() != null) {
      bring.add(t.get("bring.signPassword"));
    }
    return bring;
  }

  private static String closedDays(Office office, Texts t, String language) {
    List<String> days = new ArrayList<>();
    for (DayOfWeek d : office.closedWeekdays()) {
      days.add(dayName(d, language));
    }
    if (office.closedOnHolidays()) {
      days.add(t.get("office.holidays"));
    }
    String joined = String.join(t.get("list.separator"), days);
    if (office.yearEndFrom() == null || office.yearEndTo() == null) {
      return t.get("office.closed", joined);
    }
    return t.get(
        "office.closedYearEnd",
        joined,
        LetterDates.monthDay(office.yearEndFrom(), language),
        LetterDates.monthDay(office.yearEndTo(), language));
  }

  private static String answering(CallCenter.Answering a, Texts t, String language) {
    String names = languageNames(a.languages(), t, language);
    return a.hours() == null ? names : t.get("contact.languages", names, hours(a.hours(), t));
  }

  private static String hours(AnswerHours h, Texts t) {
    if (h.allDay()) {
      return t.get("hours.allDay");
    }
    if (h.weekendOpens() == null) {
      return t.get("hours.daily", t.time(h.opens()), t.time(h.closes()));
    }
    return t.get(
        "hours.split",
        t.time(h.opens()),
        t.time(h.closes()),
        t.time(h.weekendOpens()),
        t.time(h.weekendCloses()));
  }

  private static String dayName(DayOfWeek day, String language) {
    return day.getDisplayName(TextStyle.FULL, LetterBundles.locale(language));
  }

  private static String languageNames(List<String> codes, Texts t, String language) {
    Locale in = LetterBundles.locale(language);
    List<String> names = new ArrayList<>();
    for (String code : codes) {
      names.add(Locale.forLanguageTag(code).getDisplayLanguage(in));
    }
    return String.join(t.get("list.separator"), names);
  }

  /** One language's texts, dates and times. */
  record Texts(String language) {
    String get(String key, Object... args) {
      return LetterBundles.text(language, key, args);
    }

    String date(LocalDate d) {
      return LetterDates.date(d, language);
    }

    String time(java.time.LocalTime time) {
      return LetterDates.time(time, language);
    }
  }
}
