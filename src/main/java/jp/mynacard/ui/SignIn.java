package jp.mynacard.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The sign-in form and sign-out. The user registry is the server's (the four users of DESIGN.md
 * §3.4): HttpServletRequest.login checks the password and Liberty keeps the user signed in with its
 * single sign-on cookie. A new session id after signing in, so that one planted before cannot ride
 * on the sign-in.
 */
@Named
@RequestScoped
public class SignIn {
  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject HttpServletRequest request;
  @Inject ScreenMessages messages;

  private String user;
  private String password;

  public void signIn() throws IOException {
    String typed = password;
    password = null;
    try {
      if (request.getUserPrincipal() != null) {
        request.logout();
      }
      request.login(user == null ? "" : user.strip(), typed == null ? "" : typed);
    } catch (ServletException e) {
      // without the name typed: a careless user may have typed a password or a number there
      LOG.info("screen sign-in refused");
      messages.warn("signIn.failed");
      return;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    Optional<Screen> screen = Screens.of(request);
    if (screen.isEmpty()) {
      logout();
      messages.warn("signIn.noScreen");
      return;
    }
    go(screen.get().home());
  }

  public void signOut() throws IOException {
    logout();
    go("/ui/login.xhtml");
  }

  private void logout() {
    try {
      request.logout();
    } catch (ServletException e) {
      LOG.warning("sign-out failed: " + e.getMessage());
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private static void go(String path) throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    ec.redirect(ec.getRequestContextPath() + path);
    fc.responseComplete();
  }

  /** The signed-in user, for the page header. */
  public String getSignedIn() {
    return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
