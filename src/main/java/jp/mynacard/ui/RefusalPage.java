package jp.mynacard.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page of a refused screen request, in Japanese and English. Written here rather than by Faces:
 * the request may be a form post of another view, which Faces would try to restore.
 */
final class RefusalPage {
  private static final String BUNDLE = "jp.mynacard.ui.Screens";

  private RefusalPage() {}

  /**
   * @param reason the message key's last part: otherRole, noScreen or crossSite
   */
  static void write(HttpServletRequest req, HttpServletResponse res, String reason)
      throws IOException {
    ResourceBundle ja = ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE);
    ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    res.setStatus(403);
    res.setContentType("text/html;charset=UTF-8");
    String key = "refused." + reason;
    // only our own texts and the context path: nothing of the request is echoed
    res.getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>"
                + ja.getString("refused.title")
                + "</title><link rel=\"stylesheet\" href=\""
                + req.getContextPath()
                + "/jakarta.faces.resource/screens.css.xhtml\"></head><body><main><h1>"
                + ja.getString("refused.title")
                + "</h1><p id=\"refused\" data-reason=\""
                + reason
                + "\">"
                + ja.getString(key)
                + "</p><p lang=\"en\">"
                + en.getString(key)
                + "</p><p><a id=\"home\" href=\""
                + req.getContextPath()
                + "/ui/\">"
                + ja.getString("refused.home")
                + " / <span lang=\"en\">"
                + en.getString("refused.home")
                + "</span></a></p></main></body></html>");
  }
}
