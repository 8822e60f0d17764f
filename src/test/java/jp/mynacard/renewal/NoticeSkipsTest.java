package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.ResidentStatus;
import org.junit.jupiter.api.Test;

class NoticeSkipsTest {
  @Test
  void deceasedAndMovedOutResidentsAreSkippedResidentsAreTold() {
    assertEquals(SkipReason.DECEASED, NoticeSkips.resident(ResidentStatus.DECEASED));
    assertEquals(SkipReason.MOVED_OUT, NoticeSkips.resident(ResidentStatus.MOVED_OUT));
    assertNull(NoticeSkips.resident(ResidentStatus.RESIDENT));
  }

  @Test
  void suspendedAndAbolishedCardsAreSkippedActiveOnesAreTold() {
    assertEquals(SkipReason.SUSPENDED, NoticeSkips.card(CardStatus.SUSPENDED));
    assertEquals(SkipReason.ABOLISHED, NoticeSkips.card(CardStatus.ABOLISHED));
    assertNull(NoticeSkips.card(CardStatus.ACTIVE));
  }

  @Test
  void heldAndRevokedCertificatesAreSkippedActiveOnesAreTold() {
    assertEquals(SkipReason.HELD, NoticeSkips.certificate(CertificateStatus.HELD));
    assertEquals(SkipReason.REVOKED, NoticeSkips.certificate(CertificateStatus.REVOKED));
    assertNull(NoticeSkips.certificate(CertificateStatus.ACTIVE));
  }

  @Test
  void theSqlOfTellableItemsListsExactlyTheStatesTheRulesTell() {
    assertEquals(
        "r.resident_status IN ('RESIDENT') AND c.card_status IN ('ACTIVE')",
        TellableItems.CARD_TOLD);
    assertTrue(TellableItems.CERTIFICATE_TOLD.contains("s.cert_status IN ('ACTIVE')"));
    for (String skipped : new String[] {"DECEASED", "MOVED_OUT", "SUSPENDED", "HELD", "REVOKED"}) {
      assertFalse(TellableItems.CERTIFICATE_TOLD.contains(skipped), skipped);
    }
  }

  @Test
  void aCertificateIsAnItemOfItsOwnOnlyWhenItExpiresBeforeItsCurrentCard() {
    assertTrue(TellableItems.CERTIFICATE_TOLD.endsWith(TellableItems.CERTIFICATE_BEFORE_CARD));
    assertTrue(
        TellableItems.CERTIFICATE_TOLD.contains(
            "(c.user_cert_serial = s.serial OR c.sign_cert_serial = s.serial)"));
  }
}
