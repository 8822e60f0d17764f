package jp.mynacard.mail;

/** A run's e-mail outcome, from its outbox rows. {@code enabled} false: no mail server set. */
public record MailCounts(
    boolean enabled, long pending, long sent, long failed, long undeliverable) {
  public static final MailCounts OFF = new MailCounts(false, 0, 0, 0, 0);

  public boolean hasWarnings() {
    return failed > 0 || undeliverable > 0;
  }

  public String line() {
    return enabled
        ? String.format(
            "mail: sent=%d failed=%d undeliverable=%d pending=%d",
            sent, failed, undeliverable, pending)
        : "mail: off (no MYNACARD_SMTP_HOST)";
  }
}
