package jp.mynacard.notice;

import jp.mynacard.config.NoticeSettingsProducer;

/** The settings a municipality gets without configuring anything. */
final class NoticeSettingsFixture {
  private NoticeSettingsFixture() {}

  static NoticeSettings defaults() {
    return NoticeSettingsProducer.settings(key -> null);
  }
}
