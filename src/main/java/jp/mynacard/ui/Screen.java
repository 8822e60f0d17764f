package jp.mynacard.ui;

import java.util.Optional;
import jp.mynacard.api.Roles;

/**
 * The four screens and who may see them: each user's role has its screen, and no other role sees it
 * (issue 15). The pages of a screen live under its folder of /ui/.
 */
public enum Screen {
  CALL_CENTER("call-center", Roles.CALL_CENTER, "card.xhtml"),
  COUNTER("counter", Roles.CLERK, "card.xhtml"),
  OPERATOR("operator", Roles.OPERATOR, "runs.xhtml"),
  AUDITOR("audit", Roles.AUDITOR, "search.xhtml");

  private final String folder;
  private final String role;
  private final String home;

  Screen(String folder, String role, String home) {
    this.folder = folder;
    this.role = role;
    this.home = home;
  }

  /** The role allowed in. */
  public String role() {
    return role;
  }

  /** The page a signed-in user of this role starts on, below the application's context path. */
  public String home() {
    return "/ui/" + folder + "/" + home;
  }

  /**
   * The screen a path below the context belongs to, if any. Paths are compared as the container
   * decoded and normalised them (getServletPath + getPathInfo), so "/ui/counter/../operator/" is
   * already "/ui/operator/".
   */
  public static Optional<Screen> of(String path) {
    for (Screen s : values()) {
      if (path.startsWith("/ui/" + s.folder + "/")) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The screen of a role, if it has one. */
  public static Optional<Screen> forRole(String role) {
    for (Screen s : values()) {
      if (s.role.equals(role)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
