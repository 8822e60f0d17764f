package jp.mynacard.notice;

import jp.mynacard.config.NoticeSettingsProducer;

/** The settings a municipality gets without configuring anything. */
public final class NoticeSettingsFixture {
  private NoticeSettingsFixture() {}

  public static NoticeSettings defaults() {
    return NoticeSettingsProducer.settings(key -> null);
  }
}
