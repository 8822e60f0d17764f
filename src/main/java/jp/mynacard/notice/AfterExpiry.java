package jp.mynacard.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.mynacard.notice.LetterComposer.Texts;
import jp.mynacard.notice.LetterDocument.Block;
import jp.mynacard.notice.LetterDocument.Paragraph;
import jp.mynacard.validity.StaySpecialPeriod;

/**
 * What a letter says of items that had expired when it was written (reminders after expiry,
 * DESIGN.md §3.2), beside the item lines and "still free" of {@link LetterComposer}: how long the
 * card still serves as a health insurance card, and that a STAY card has lapsed.
 */
final class AfterExpiry {
  private final NoticeSettings settings;

  AfterExpiry(NoticeSettings settings) {
    this.settings = settings;
  }

  /** J-LIS's own notice comes before expiry, for new cards and certificates only. */
  static boolean renewableAhead(LetterFacts f) {
    return Stream.of(f.cardExpiresOn(), f.userCertExpiresOn(), f.signCertExpiresOn())
        .anyMatch(d -> d != null && !f.expired(d));
  }

  /**
   * After its certificate for user identification expired (a card's expires with the card), the
   * card serves as a health insurance card to the end of the grace period, and no longer after it.
   * Not for a STAY card: a lapsed card is no longer valid at all, and not for a signature
   * certificate, which the health insurance does not use.
   */
  Optional<Block> healthInsurance(LetterFacts f, Texts t) {
    String key;
    LocalDate expired;
    if (f.expired(f.userCertExpiresOn())) {
      key = "health.userCert";
      expired = f.userCertExpiresOn();
    } else if (f.expired(f.cardExpiresOn())) {
      key = "health.card";
      expired = f.cardExpiresOn();
    } else {
      return Optional.empty();
    }
    LocalDate lastDay = settings.healthInsuranceGrace().lastDay(expired);
    return Optional.of(
        new Paragraph(t.get(lastDay.isBefore(f.asOf()) ? key + ".ended" : key, t.date(lastDay))));
  }

  /**
   * A STAY card whose validity was not changed by its expiry has lapsed: a new card, with the
   * re-issue fee. Unless a renewal of the stay was still being decided then: while that special
   * period may still run, the letter says so, since the card is then still valid.
   */
  List<Block> lapsedStay(LetterFacts f, Texts t) {
    String until = t.date(f.stayExpiresOn());
    Fees fees = settings.fees();
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Paragraph(
            t.get(
                "stay.lapsed",
                until,
                Integer.toString(fees.cardReissueYen()),
                Integer.toString(fees.certificatesReissueYen()))));
    if (specialPeriodMayRun(f)) {
      blocks.add(new Paragraph(t.get("stay.lapsed.pending", until)));
    }
    return blocks;
  }

  static boolean specialPeriodMayRun(LetterFacts f) {
    return f.expired(f.stayExpiresOn()) && StaySpecialPeriod.mayRunOn(f.stayExpiresOn(), f.asOf());
  }
}
