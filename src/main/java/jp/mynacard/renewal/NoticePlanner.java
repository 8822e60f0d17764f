package jp.mynacard.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mynacard.validity.RenewalWindow;
import jp.mynacard.validity.StayCase;
import jp.mynacard.validity.ValidityRules;

/**
 * Decides, for one resident's due items, the letter and notices of a run (DESIGN.md §2 and §3.2).
 * Pure: the registry state and the run's facts are passed in.
 *
 * <p>An item is notified only if it is still the resident's current card or certificate (else it
 * was renewed) with the same expiry (else it changed), the resident still lives here, the card is
 * active and the certificate neither held nor revoked. All the resident's items go into one letter;
 * an item due under several lead times at once is listed once and recorded once per lead time, so
 * no later reminder repeats it.
 *
 * <p>A reminder after expiry (a negative lead time) follows the same rules: only an item still
 * current and active is reminded, and an expired one that was renewed is skipped as renewed. A
 * letter may then hold items ahead of their expiry and expired ones; its {@code renewal_opens_on}
 * is that of the earliest item still ahead (an expired item can be renewed at once).
 *
 * <p>Items are chosen and told on their told date, the earlier of recorded and computed. A card
 * item is STAY when the card ends with a period of stay ({@link ValidityRules#cardEndsWithStay}),
 * judged on the card's own dates; the letter then says where the stay stands ({@link StayCase}).
 */
public final class NoticePlanner {
  private final RenewalWindow window = RenewalWindow.threeMonths();
  private final ValidityRules rules;

  public NoticePlanner(ValidityRules rules) {
    this.rules = rules;
  }

  public NoticePlan plan(ResidentCandidates candidates, String letterId) {
    ResidentState r = candidates.resident();
    Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
    SkipReason residentReason = residentSkip(r);
    if (residentReason != null) {
      skipped.merge(residentReason, distinctItems(candidates.due()), Integer::sum);
      return NoticePlan.nothing(skipped);
    }
    List<PlannedNotice> notices = new ArrayList<>();
    Map<String, PlannedNotice> listed = new LinkedHashMap<>();
    Map<String, SkipReason> refused = new LinkedHashMap<>();
    for (DueItem item : candidates.due()) {
      String key = item.type() + ":" + item.ref();
      boolean current = isCurrent(r, item);
      ItemKind kind = current ? kindOf(r, item, candidates.certificates()) : null;
      SkipReason reason =
          !current
              ? SkipReason.RENEWED
              : kind == null ? SkipReason.CHANGED : skip(r, item, candidates);
      if (reason != null) {
        refused.putIfAbsent(key, reason);
        continue;
      }
      PlannedNotice notice = new PlannedNotice(item, kind, datesOf(r, item, candidates));
      notices.add(notice);
      listed.putIfAbsent(key, notice);
    }
    refused.values().forEach(reason -> skipped.merge(reason, 1, Integer::sum));
    if (listed.isEmpty()) {
      return NoticePlan.nothing(skipped);
    }
    Map<ItemKind, Integer> kinds = new EnumMap<>(ItemKind.class);
    listed.values().forEach(n -> kinds.merge(n.kind(), 1, Integer::sum));
    int differ = (int) listed.values().stream().filter(n -> n.dates().differ()).count();
    return new NoticePlan(letter(r, letterId, listed.values()), notices, kinds, skipped, differ);
  }

  private static ExpiryDates datesOf(ResidentState r, DueItem item, ResidentCandidates c) {
    return item.type() == ItemType.CARD
        ? r.card().dates()
        : c.certificates().get(item.ref()).dates();
  }

  private static SkipReason residentSkip(ResidentState r) {
    return NoticeSkips.resident(r.status());
  }

  /** Whether the item is still the resident's current card, or a certificate on it. */
  private static boolean isCurrent(ResidentState r, DueItem item) {
    if (item.type() == ItemType.CARD) {
      return item.ref().equals(r.cardId());
    }
    return item.ref().equals(r.userCertSerial()) || item.ref().equals(r.signCertSerial());
  }

  /**
   * A current item's kind if its expiry is still the one chosen (and a certificate's still before
   * its card's), else null.
   */
  private ItemKind kindOf(
      ResidentState r, DueItem item, Map<String, CertificateState> certificates) {
    if (item.type() == ItemType.CARD) {
      if (!item.expiresOn().equals(r.cardExpiresOn())) {
        return null;
      }
      return endsWithStay(r) ? ItemKind.STAY : ItemKind.CARD;
    }
    CertificateState cert = certificates.get(item.ref());
    if (cert == null
        || !item.expiresOn().equals(cert.expiresOn())
        || r.cardExpiresOn() == null
        || !cert.expiresOn().isBefore(r.cardExpiresOn())) {
      return null;
    }
    return item.ref().equals(r.userCertSerial()) ? ItemKind.USER_CERT : ItemKind.SIGN_CERT;
  }

  private boolean endsWithStay(ResidentState r) {
    CardState card = r.card();
    return rules.cardEndsWithStay(
        r.nationality(),
        r.birthDate(),
        card.applicationReceivedOn(),
        card.issuedOn(),
        card.dates().told());
  }

  private static SkipReason skip(ResidentState r, DueItem item, ResidentCandidates candidates) {
    SkipReason card = NoticeSkips.card(r.cardStatus());
    if (card != null || item.type() != ItemType.CERT) {
      return card;
    }
    return NoticeSkips.certificate(candidates.certificates().get(item.ref()).status());
  }

  private LetterDraft letter(ResidentState r, String letterId, Iterable<PlannedNotice> items) {
    LocalDate card = null;
    LocalDate stay = null;
    LocalDate user = null;
    LocalDate sign = null;
    LocalDate earliest = null;
    LocalDate earliestRenewable = null;
    for (PlannedNotice n : items) {
      LocalDate d = n.item().expiresOn();
      switch (n.kind()) {
        case CARD -> card = d;
        case STAY -> stay = d;
        case USER_CERT -> user = d;
        case SIGN_CERT -> sign = d;
      }
      earliest = earlier(earliest, d);
      // an expired item's window is open already: the letter announces when the others' opens
      if (n.kind() != ItemKind.STAY && !LeadWindow.afterExpiry(n.item().leadMonths())) {
        earliestRenewable = earlier(earliestRenewable, d);
      }
    }
    StayCase stayCase =
        stay == null ? null : StayCase.of(r.residenceStatus(), r.stayExpiresOn(), stay);
    return new LetterDraft(
        letterId,
        r.residentId(),
        r.language(),
        r.postalCode(),
        r.address(),
        r.addressee(),
        card,
        user,
        sign,
        stay,
        earliest,
        // a STAY item has no window: its card's validity is changed once the stay is renewed;
        // a letter of expired items only has none to wait for
        earliestRenewable == null ? null : window.opensOn(earliestRenewable),
        stayCase,
        stayCase == StayCase.RENEWED ? r.stayExpiresOn() : null);
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static int distinctItems(List<DueItem> due) {
    return (int) due.stream().map(i -> i.type() + ":" + i.ref()).distinct().count();
  }
}
