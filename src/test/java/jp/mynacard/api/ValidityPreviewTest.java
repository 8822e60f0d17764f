package jp.mynacard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.mynacard.validity.ValidityException;
import jp.mynacard.validity.ValidityRules;
import org.junit.jupiter.api.Test;

class ValidityPreviewTest {
  private final ValidityPreview preview = new ValidityPreview(ValidityRules.standard());

  private static ValidityPreviewRequest request(String birthDate, String issuedOn) {
    ValidityPreviewRequest r = new ValidityPreviewRequest();
    r.birthDate = birthDate;
    r.issuedOn = issuedOn;
    return r;
  }

  @Test
  void adultNationalGetsTheCardOnTheTenthAndCertificatesOnTheFifthBirthday() {
    ValidityPreviewRequest in = request("1980-06-15", "2024-07-01");
    in.applicationReceivedOn = "2024-06-01";
    ValidityPreviewResponse out = preview.compute(in);
    assertEquals("2034-06-15", out.cardExpiresOn);
    assertEquals("2029-06-15", out.userCertExpiresOn);
    assertEquals("2029-06-15", out.signCertExpiresOn);
  }

  @Test
  void renewalOpensThreeMonthsBeforeTheCertificatesWhenTheyExpireFirst() {
    ValidityPreviewResponse out = preview.compute(request("1980-06-15", "2024-07-01"));
    // 2029-06-15: from 03-16 on, less than three months remain (Civil Code art. 143)
    assertEquals("2029-03-16", out.renewalOpensOn);
    assertTrue(out.rule.get("renewalOpensOn").contains("certificates"), out.rule.toString());
  }

  @Test
  void everyDateComesWithTheRuleThatDecidedIt() {
    ValidityPreviewResponse out = preview.compute(request("1980-06-15", "2024-07-01"));
    assertEquals(
        List.of("cardExpiresOn", "userCertExpiresOn", "signCertExpiresOn", "renewalOpensOn"),
        List.copyOf(out.rule.keySet()));
    out.rule.forEach((key, text) -> assertFalse(text == null || text.isBlank(), key));
    assertTrue(out.rule.get("cardExpiresOn").startsWith("10th birthday"), out.rule.toString());
  }

  @Test
  void holderUnder15GetsNoSignatureCertificateButARuleSayingWhy() {
    ValidityPreviewResponse out = preview.compute(request("2015-01-10", "2024-07-01"));
    assertNull(out.signCertExpiresOn);
    assertTrue(out.rule.get("signCertExpiresOn").contains("under 15"), out.rule.toString());
    assertEquals("2029-01-10", out.cardExpiresOn);
    assertEquals("2029-01-10", out.userCertExpiresOn);
    assertEquals("2028-10-11", out.renewalOpensOn);
  }

  @Test
  void foreignStudentCardEndsWithTheStay() {
    ValidityPreviewRequest in = request("1995-08-01", "2024-04-10");
    in.nationality = "VN";
    in.residenceStatus = "STUDENT";
    in.stayExpiresOn = "2026-03-31";
    ValidityPreviewResponse out = preview.compute(in);
    assertEquals("2026-03-31", out.cardExpiresOn);
    assertEquals("2026-03-31", out.userCertExpiresOn);
    assertEquals("2026-01-01", out.renewalOpensOn);
  }

  @Test
  void certificateRenewedInsideTheWindowRunsToTheSixthBirthday() {
    ValidityPreviewRequest in = request("1980-06-15", "2025-05-01");
    in.previousCertExpiresOn = "2025-06-15";
    ValidityPreviewResponse out = preview.compute(in);
    assertEquals("2030-06-15", out.userCertExpiresOn);
    assertEquals("2030-06-15", out.signCertExpiresOn);
    assertTrue(out.rule.get("userCertExpiresOn").startsWith("6th birthday"), out.rule.toString());
  }

  @Test
  void missingBodyOrBirthDateIsABadRequest() {
    assertThrows(BadRequest.class, () -> preview.compute(null));
    assertThrows(BadRequest.class, () -> preview.compute(request(null, "2024-07-01")));
    assertThrows(BadRequest.class, () -> preview.compute(request(" ", "2024-07-01")));
  }

  @Test
  void impossibleDateIsABadRequest() {
    BadRequest e =
        assertThrows(BadRequest.class, () -> preview.compute(request("2023-02-29", "2024-07-01")));
    assertTrue(e.getMessage().contains("birthDate"), e.getMessage());
  }

  @Test
  void nationalityThatIsNotAnAlpha2CodeIsABadRequest() {
    ValidityPreviewRequest in = request("1980-06-15", "2024-07-01");
    in.nationality = "Japan";
    assertThrows(BadRequest.class, () -> preview.compute(in));
  }

  @Test
  void issueBeforeBirthIsAValidityError() {
    assertThrows(
        ValidityException.class, () -> preview.compute(request("2024-07-02", "2024-07-01")));
  }
}
