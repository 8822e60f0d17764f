package jp.mynacard.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mynacard.notice.LetterDocument.Block;
import jp.mynacard.notice.LetterDocument.Bullets;
import jp.mynacard.notice.LetterDocument.Heading;
import jp.mynacard.notice.LetterDocument.Paragraph;
import jp.mynacard.validity.RenewalWindow;

/**
 * Writes one letter in one of the bundle languages: each item with its expiry and the day its
 * renewal window opens, that renewal is free, the STAY rule, where and when to go, what to bring,
 * the re-issue fees, the fraud warning and the numbers to call. Every fact comes from the guidance
 * (DESIGN.md §2) or the municipality's settings; nothing here is worded, only assembled.
 */
public final class LetterComposer {
  private final NoticeSettings settings;
  private final RenewalWindow window = RenewalWindow.threeMonths();
  private final java.util.Map<String, Constant> constants =
      new java.util.concurrent.ConcurrentHashMap<>();

  public LetterComposer(NoticeSettings settings) {
    this.settings = settings;
  }

  public LetterDocument compose(LetterFacts facts, String language) {
    Texts t = new Texts(language);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(t.get("title")));
    blocks.add(new Paragraph(t.get("salutation", facts.addressee())));
    blocks.add(new Paragraph(t.get("intro")));
    blocks.add(new Bullets(items(facts, t)));
    blocks.add(new Paragraph(t.get("renewal.free")));
    if (facts.stayExpiresOn() != null) {
      blocks.add(new Paragraph(t.get("stay.notAutomatic")));
    }

    blocks.addAll(constant(language).where());
    blocks.add(new Heading(t.get("heading.bring")));
    blocks.add(new Bullets(toBring(facts, t)));

    blocks.addAll(constant(language).feesToContact());
    blocks.add(new Paragraph(t.get("reference", facts.letterId())));
    return new LetterDocument(language, t.get("subject"), blocks);
  }

  /** The parts every letter in a language shares, built once: a mass run writes 720,000. */
  private Constant constant(String language) {
    return constants.computeIfAbsent(language, this::buildConstant);
  }

  private Constant buildConstant(String language) {
    Texts t = new Texts(language);
    List<Block> where = new ArrayList<>();
    Office office = settings.office();
    where.add(new Heading(t.get("heading.where")));
    where.add(
        new Paragraph(t.get("office.place", office.name(language), office.address(language))));
    where.add(
        new Paragraph(
            t.get(
                    "office.hours",
                    dayName(office.openFrom(), language),
                    dayName(office.openTo(), language),
                    office.opens().toString(),
                    office.closes().toString())
                + " "
                + t.get("office.closed", closedDays(office, t, language))));
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
    tail.add(new Paragraph(t.get("warning.scam")));

    tail.add(new Heading(t.get("heading.contact")));
    tail.add(new Paragraph(t.get("contact.office", office.name(language), office.phone())));
    List<String> centers = new ArrayList<>();
    for (CallCenter c : settings.callCenters()) {
      centers.add(t.get("contact.center", c.number(), languageNames(c.languages(), t, language)));
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
      items.add(item("item.CARD", f.cardExpiresOn(), t));
    }
    if (f.stayExpiresOn() != null) {
      items.add(item("item.STAY", f.stayExpiresOn(), t));
    }
    if (f.userCertExpiresOn() != null) {
      items.add(item("item.USER_CERT", f.userCertExpiresOn(), t));
    }
    if (f.signCertExpiresOn() != null) {
      items.add(item("item.SIGN_CERT", f.signCertExpiresOn(), t));
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException("letter " + f.letterId() + " covers no item");
    }
    return items;
  }

  private String item(String key, LocalDate expiresOn, Texts t) {
    return t.get(key, t.date(expiresOn), t.date(window.opensOn(expiresOn)));
  }

  private static List<String> toBring(LetterFacts f, Texts t) {
    List<String> bring = new ArrayList<>();
    bring.add(t.get("bring.letter"));
    bring.add(t.get("bring.card"));
    if (f.cardExpiresOn() != null) {
      bring.add(t.get("bring.photo"));
    }
    if (f.userCertExpiresOn() != null || f.signCertExpiresOn() != null) {
      bring.add(t.get("bring.pins"));
    }
    if (f.stayExpiresOn() != null) {
      bring.add(t.get("bring.residenceCard"));
    }
    return bring;
  }

  private static String closedDays(Office office, Texts t, String language) {
    List<String> parts = new ArrayList<>();
    for (DayOfWeek d : office.closedWeekdays()) {
      parts.add(dayName(d, language));
    }
    if (office.closedOnHolidays()) {
      parts.add(t.get("office.holidays"));
    }
    if (office.yearEndFrom() != null && office.yearEndTo() != null) {
      parts.add(
          t.get(
              "office.yearEnd",
              LetterDates.monthDay(office.yearEndFrom(), language),
              LetterDates.monthDay(office.yearEndTo(), language)));
    }
    return String.join(t.get("list.separator"), parts);
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

  /** One language's texts and dates. */
  private record Texts(String language) {
    String get(String key, Object... args) {
      return LetterBundles.text(language, key, args);
    }

    String date(LocalDate d) {
      return LetterDates.date(d, language);
    }
  }
}
