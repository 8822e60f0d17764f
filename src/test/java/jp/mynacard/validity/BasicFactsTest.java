package jp.mynacard.validity;

import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BasicFactsTest {
  private final BasicFacts before =
      new BasicFacts("山田", "花子", "茨城県つくば市研究学園一丁目1番地1", of(1990, 4, 1), "F");

  @Test
  void unchangedFactsKeepTheSignatureCertificate() {
    assertFalse(
        new BasicFacts("山田", "花子", "茨城県つくば市研究学園一丁目1番地1", of(1990, 4, 1), "F")
            .lapsesSignatureCertificateSince(before));
  }

  @Test
  void marriageNameChangeLapsesTheSignatureCertificate() {
    BasicFacts after = new BasicFacts("佐藤", "花子", "茨城県つくば市研究学園一丁目1番地1", of(1990, 4, 1), "F");
    assertEquals(List.of("name"), after.changedSince(before));
  }

  @Test
  void moveLapsesTheSignatureCertificate() {
    BasicFacts after = new BasicFacts("山田", "花子", "茨城県つくば市千現二丁目1番地1", of(1990, 4, 1), "F");
    assertTrue(after.lapsesSignatureCertificateSince(before));
  }

  @Test
  void correctedBirthDateAndSexLapseTheSignatureCertificate() {
    BasicFacts after = new BasicFacts("山田", "花子", "茨城県つくば市研究学園一丁目1番地1", of(1990, 4, 2), "M");
    assertEquals(List.of("birth_date", "sex"), after.changedSince(before));
  }

  /** Issue 11: a re-formatted extract revokes nothing. */
  @Test
  void reformattedNamesAndAddressesAreTheSameFacts() {
    BasicFacts reformatted =
        new BasicFacts("山田 ", "\u3000花子", "茨城県つくば市研究学園一丁目1番地1\u3000", of(1990, 4, 1), "F");
    assertEquals(List.of(), reformatted.changedSince(before));
  }

  @Test
  void decomposedKanaIsTheSameName() {
    BasicFacts nfc = new BasicFacts("ガルシア", "ペドロ", "a", of(1990, 4, 1), "M");
    BasicFacts nfd =
        new BasicFacts(
            java.text.Normalizer.normalize("ガルシア", java.text.Normalizer.Form.NFD),
            "ペドロ",
            "a",
            of(1990, 4, 1),
            "M");
    assertFalse(nfd.lapsesSignatureCertificateSince(nfc));
  }

  @Test
  void aFullWidthBlankBetweenTwoNamesInOneFieldIsTheSameAsAnAsciiOne() {
    BasicFacts ascii = new BasicFacts("GARCIA LOPEZ", "PEDRO", "a", of(1990, 4, 1), "M");
    BasicFacts wide = new BasicFacts("GARCIA\u3000\u3000LOPEZ", "PEDRO", "a", of(1990, 4, 1), "M");
    assertFalse(wide.lapsesSignatureCertificateSince(ascii));
  }

  @Test
  void aRealChangeBesideReformattingStillLapsesTheCertificate() {
    BasicFacts after = new BasicFacts("山田 ", "花江", "茨城県つくば市研究学園一丁目1番地1", of(1990, 4, 1), "F");
    assertEquals(List.of("name"), after.changedSince(before));
  }
}
