package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CounterVisitsTest {
  @Test
  void aNewCardTakesTwoVisitsApplicationAndCollection() {
    assertEquals(2, CounterVisits.of(ItemKind.CARD));
  }

  @Test
  void aStayValidityChangeOrACertificateRenewalTakesOneVisit() {
    assertEquals(1, CounterVisits.of(ItemKind.STAY));
    assertEquals(1, CounterVisits.of(ItemKind.USER_CERT));
    assertEquals(1, CounterVisits.of(ItemKind.SIGN_CERT));
  }

  @Test
  void aCardAndBothCertificatesInOneLetterTakeTwoVisitsNotFour() {
    assertEquals(
        2, CounterVisits.ofLetter(List.of(ItemKind.CARD, ItemKind.USER_CERT, ItemKind.SIGN_CERT)));
  }

  @Test
  void aStayChangeWithItsCertificatesTakesOneVisit() {
    assertEquals(
        1, CounterVisits.ofLetter(List.of(ItemKind.STAY, ItemKind.USER_CERT, ItemKind.SIGN_CERT)));
  }

  @Test
  void bothCertificatesTogetherTakeOneVisit() {
    assertEquals(1, CounterVisits.ofLetter(List.of(ItemKind.USER_CERT, ItemKind.SIGN_CERT)));
  }

  @Test
  void aLetterThatOnlyRemindsOfItemsAlreadyToldBringsNoVisit() {
    assertEquals(0, CounterVisits.ofLetter(List.of()));
  }

  @Test
  void theSqlWeightGivesEachKindItsVisits() {
    assertEquals(
        "CASE k WHEN 'CARD' THEN 2 WHEN 'STAY' THEN 1 WHEN 'USER_CERT' THEN 1"
            + " WHEN 'SIGN_CERT' THEN 1 ELSE 0 END",
        CounterVisits.sql("k"));
  }
}
