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
}
