package jp.mynacard.renewal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * {@code mynacard.mail.replaces-letter} as a test switches it while the server runs (the real one
 * comes from MicroProfile Config, read once). Only {@link EmailInsteadOfPaperIT}'s deployment holds
 * this class, so no other test sees it; off until switched on.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class SwitchableMailReplacesLetter extends MailReplacesLetter {
  private volatile boolean on;

  public void use(boolean on) {
    this.on = on;
  }

  @Override
  public boolean configured() {
    return on;
  }
}
