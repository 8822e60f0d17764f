package jp.mynacard.notice;

import java.util.List;

/** What every letter says the same way: the office, the call centers, the loss line, the fees. */
public record NoticeSettings(
    Office office, List<CallCenter> callCenters, String lossNumber, Fees fees) {
  public NoticeSettings {
    callCenters = List.copyOf(callCenters);
    if (lossNumber == null || lossNumber.isBlank()) {
      throw new IllegalArgumentException("the loss-report number is required");
    }
  }
}
