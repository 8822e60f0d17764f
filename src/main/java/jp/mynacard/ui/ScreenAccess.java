package jp.mynacard.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Who sees which screen: nobody before signing in (to the sign-in form), and each role its own
 * screen only (403 for another's). The API is not behind this: it answers Basic authentication as
 * before. Screens are never cached, so the browser's history and back button do not keep a card's
 * or a resident's details after signing out.
 */
@WebFilter(filterName = "screenAccess", urlPatterns = "/ui/*")
public class ScreenAccess extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** Pages anyone may see: the sign-in form and the notice that a form expired. */
  static final Set<String> OPEN = Set.of("/ui/login.xhtml", "/ui/expired.xhtml");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    if (OPEN.contains(path)) {
      chain.doFilter(req, res);
      return;
    }
    if (req.getUserPrincipal() == null) {
      res.sendRedirect(req.getContextPath() + "/ui/login.xhtml");
      return;
    }
    Optional<Screen> screen = Screen.of(path);
    if (screen.isEmpty()) {
      // /ui/ itself and anything outside the four screens: the user's own screen
      Optional<Screen> own = Screens.of(req);
      if (own.isEmpty()) {
        RefusalPage.write(req, res, "noScreen");
      } else {
        res.sendRedirect(req.getContextPath() + own.get().home());
      }
      return;
    }
    if (!req.isUserInRole(screen.get().role())) {
      RefusalPage.write(req, res, "otherRole");
      return;
    }
    chain.doFilter(req, res);
  }
}
