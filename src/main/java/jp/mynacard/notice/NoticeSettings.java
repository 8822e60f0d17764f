package jp.mynacard.notice;

import java.util.List;

/**
 * What every letter says the same way: the office, the call centers, the loss line, the fees, and
 * how long an expired certificate still serves as a health insurance card (reminders after expiry).
 */
public record NoticeSettings(
    Office office,
    List<CallCenter> callCenters,
    String lossNumber,
    Fees fees,
    HealthInsuranceGrace healthInsuranceGrace) {
  public NoticeSettings {
    callCenters = List.copyOf(callCenters);
    if (lossNumber == null || lossNumber.isBlank()) {
      throw new IllegalArgumentException("the loss-report number is required");
    }
    if (healthInsuranceGrace == null) {
      throw new IllegalArgumentException("the health-insurance grace period is required");
    }
  }
}
