package jp.mynacard.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.function.Predicate;
import jp.mynacard.card.Actor;

/** The audit trail's view of the caller: user name and the role the request was allowed in. */
public final class Callers {
  private static final List<String> ROLES =
      List.of(Roles.CLERK, Roles.CALL_CENTER, Roles.OPERATOR, Roles.AUDITOR);

  private Callers() {}

  static Actor of(SecurityContext security) {
    return of(security.getUserPrincipal().getName(), security::isUserInRole);
  }

  /** The same for a screen's request (issue 15), signed in through the form. */
  public static Actor of(HttpServletRequest request) {
    return of(request.getUserPrincipal().getName(), request::isUserInRole);
  }

  private static Actor of(String principal, Predicate<String> inRole) {
    String role = null;
    for (String r : ROLES) {
      if (inRole.test(r)) {
        role = r;
        break;
      }
    }
    return new Actor(principal, role);
  }
}
