package jp.mynacard.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The screen of the signed-in user of a request. */
final class Screens {
  private Screens() {}

  static Optional<Screen> of(HttpServletRequest req) {
    if (req.getUserPrincipal() == null) {
      return Optional.empty();
    }
    for (Screen s : Screen.values()) {
      if (req.isUserInRole(s.role())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
