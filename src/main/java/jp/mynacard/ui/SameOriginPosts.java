package jp.mynacard.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Refuses a screen's form sent from another site (cross-site request forgery), with 403 and nothing
 * changed. The session cookies are SameSite=Strict and Faces checks its view key too; this check
 * does not depend on either.
 */
@WebFilter(filterName = "sameOriginPosts", urlPatterns = "/ui/*")
public class SameOriginPosts extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SameOriginPosts.class.getName());

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String own = req.getScheme() + "://" + req.getHeader("Host");
    if (CrossSiteCheck.allows(
        req.getMethod(),
        req.getHeader("Sec-Fetch-Site"),
        req.getHeader("Origin"),
        req.getHeader("Referer"),
        own)) {
      chain.doFilter(req, res);
      return;
    }
    // the path only: a query string could carry anything a forger put there
    LOG.warning("cross-site " + req.getMethod() + " to " + req.getServletPath() + " refused");
    RefusalPage.write(req, res, "crossSite");
  }
}
