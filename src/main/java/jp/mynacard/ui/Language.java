package jp.mynacard.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The screens' language: Japanese until the user switches to English, for the session. */
@Named
@SessionScoped
public class Language implements Serializable {
  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.JAPANESE;

  public Locale getLocale() {
    return locale;
  }

  /** The page's lang attribute. */
  public String getTag() {
    return locale.toLanguageTag();
  }

  public boolean isJapanese() {
    return locale.equals(Locale.JAPANESE);
  }

  public void japanese() {
    use(Locale.JAPANESE);
  }

  public void english() {
    use(Locale.ENGLISH);
  }

  private void use(Locale l) {
    locale = l;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(l);
  }
}
