package jp.mynacard.ui;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a request to a screen may change anything: only one its own pages sent (OWASP's "verify
 * the origin with standard headers"). Reading is always allowed, since no screen changes anything
 * on GET. A browser says where a request comes from in Sec-Fetch-Site (every current browser), else
 * in Origin, else in Referer; a change that names none of them, or another site, is refused.
 */
public final class CrossSiteCheck {
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private CrossSiteCheck() {}

  /**
   * @param ownOrigin this server as the browser addressed it: scheme://host[:port]
   */
  public static boolean allows(
      String method, String fetchSite, String origin, String referer, String ownOrigin) {
    if (READS.contains(method.toUpperCase(Locale.ROOT))) {
      return true;
    }
    if (fetchSite != null) {
      // "same-site" would let a page of another port or subdomain in; "none" is a request the user
      // typed or bookmarked, which never carries a form
      return fetchSite.equals("same-origin");
    }
    if (origin != null) {
      return origin.equalsIgnoreCase(ownOrigin);
    }
    if (referer != null) {
      return referer.regionMatches(true, 0, ownOrigin + "/", 0, ownOrigin.length() + 1);
    }
    return false;
  }
}
