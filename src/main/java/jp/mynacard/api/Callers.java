package jp.mynacard.api;

import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.mynacard.card.Actor;

/** The audit trail's view of the caller: user name and the role the request was allowed in. */
final class Callers {
  private static final List<String> ROLES =
      List.of(Roles.CLERK, Roles.CALL_CENTER, Roles.OPERATOR, Roles.AUDITOR);

  private Callers() {}

  static Actor of(SecurityContext security) {
    String role = null;
    for (String r : ROLES) {
      if (security.isUserInRole(r)) {
        role = r;
        break;
      }
    }
    return new Actor(security.getUserPrincipal().getName(), role);
  }
}
