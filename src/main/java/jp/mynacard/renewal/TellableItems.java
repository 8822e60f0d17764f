package jp.mynacard.renewal;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.ResidentStatus;

/**
 * The items a run would tell, as SQL: a resident's current card, and the certificates on it that
 * expire before it (one that ends with its card is the card's item), of residents, cards and
 * certificates in a state {@link NoticeSkips} does not skip. Table aliases: {@code r} resident,
 * {@code c} card, {@code s} certificate. The status lists are written from {@link NoticeSkips}, so
 * a new skip rule reaches the set-based counts and the forecast with no second edit.
 */
public final class TellableItems {
  /** Cards that are their resident's current card. */
  public static final String CURRENT_CARDS =
      "card c JOIN resident r ON r.resident_id = c.resident_id AND r.current_card_id = c.card_id";

  /** Certificates on their resident's current card. */
  public static final String CURRENT_CERTIFICATES =
      "certificate s JOIN card c ON c.card_id = s.card_id"
          + " JOIN resident r ON r.resident_id = c.resident_id AND r.current_card_id = c.card_id";

  /** A certificate is an item of its own only when it expires before its card. */
  public static final String CERTIFICATE_BEFORE_CARD =
      "s.effective_expires_on < c.effective_expires_on";

  /** A current card that would be told: its resident lives here and it is not skipped. */
  public static final String CARD_TOLD =
      "r.resident_status IN ("
          + told(ResidentStatus.values(), NoticeSkips::resident)
          + ") AND c.card_status IN ("
          + told(CardStatus.values(), NoticeSkips::card)
          + ")";

  /** A certificate on a current card that would be told as an item of its own. */
  public static final String CERTIFICATE_TOLD =
      CARD_TOLD
          + " AND (c.user_cert_serial = s.serial OR c.sign_cert_serial = s.serial)"
          + " AND s.cert_status IN ("
          + told(CertificateStatus.values(), NoticeSkips::certificate)
          + ") AND "
          + CERTIFICATE_BEFORE_CARD;

  private TellableItems() {}

  /** The quoted names of the states a rule does not skip, e.g. {@code 'ACTIVE'}. */
  static <E extends Enum<E>> String told(E[] states, Function<E, SkipReason> rule) {
    return Arrays.stream(states)
        .filter(state -> rule.apply(state) == null)
        .map(state -> "'" + state.name() + "'")
        .collect(Collectors.joining(", "));
  }
}
