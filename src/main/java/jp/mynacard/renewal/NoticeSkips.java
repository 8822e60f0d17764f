package jp.mynacard.renewal;

import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.ResidentStatus;

/**
 * Which states of resident, card and certificate keep an item from being told (DESIGN.md §2:
 * notices skip deceased and moved-out residents, suspended and abolished cards, held and revoked
 * certificates). The one owner of these rules: {@link NoticePlanner} asks it per resident, and
 * {@link TellableItems} writes the same rules as SQL for the counts and the forecast.
 */
public final class NoticeSkips {
  private NoticeSkips() {}

  /** Why a resident's items are not told, or null when they are. */
  public static SkipReason resident(ResidentStatus status) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case DECEASED -> SkipReason.DECEASED;
      case MOVED_OUT -> SkipReason.MOVED_OUT;
      case RESIDENT -> null;
    };
  }

  /** Why the items of a card in this state are not told, or null when they are. */
  public static SkipReason card(CardStatus status) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case SUSPENDED -> SkipReason.SUSPENDED;
      case ABOLISHED -> SkipReason.ABOLISHED;
      case ACTIVE -> null;
    };
  }

  /** Why a certificate in this state is not told, or null when it is. */
  public static SkipReason certificate(CertificateStatus status) {
    if (status == null) {
      return null;
    }
    return switch (status) {
      case HELD -> SkipReason.HELD;
      case REVOKED -> SkipReason.REVOKED;
      case ACTIVE -> null;
    };
  }
}
