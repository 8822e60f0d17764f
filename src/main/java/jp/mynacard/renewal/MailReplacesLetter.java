package jp.mynacard.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mynacard.mail.MailSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail instead of paper: {@code mynacard.mail.replaces-letter} ({@code
 * MYNACARD_MAIL_REPLACES_LETTER}, default false). When on, a run's letter to a resident who agreed
 * to e-mail and has an address is e-mailed and left out of the print export; if the e-mail does not
 * arrive, a later run prints it ({@link LetterPrinting}).
 */
@ApplicationScoped
public class MailReplacesLetter {
  @Inject
  @ConfigProperty(name = "mynacard.mail.replaces-letter", defaultValue = "false")
  boolean replacesLetter;

  @Inject MailSettings mail;

  /** The setting as configured. */
  public boolean configured() {
    return replacesLetter;
  }

  /** Whether this run's letters of consenting residents are e-mailed instead of printed. */
  public boolean appliesTo(RenewalRun run) {
    return applies(configured(), mail.enabled(), run.isDryRun());
  }

  /**
   * Only with a mail server: without one nothing would be sent, and the letter must be printed. A
   * dry run prints and mails nothing.
   */
  static boolean applies(boolean configured, boolean mailServer, boolean dryRun) {
    return configured && mailServer && !dryRun;
  }
}
