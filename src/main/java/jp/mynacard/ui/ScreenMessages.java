package jp.mynacard.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mynacard.api.ApiError;
import jp.mynacard.api.ApiRefusal;
import jp.mynacard.api.BadRequest;
import jp.mynacard.card.CardNotFound;
import jp.mynacard.card.TransitionRefused;

/**
 * What a screen tells its user after an action: the outcome in the user's language, or the API's
 * own refusal text (the same words a client of the API reads) after a translated lead-in. A server
 * fault is logged and never explained, as in the API.
 */
@RequestScoped
public class ScreenMessages {
  private static final Logger LOG = Logger.getLogger(ScreenMessages.class.getName());

  /** An action that may be refused. */
  @FunctionalInterface
  public interface Step {
    void run() throws Exception;
  }

  /** Runs the step; a refusal becomes a message on the page, never an error page. */
  public void attempt(Step step) {
    try {
      step.run();
    } catch (CardNotFound e) {
      warn("card.notFound");
    } catch (ApiRefusal e) {
      refused(e.getMessage());
    } catch (BadRequest | TransitionRefused | IllegalArgumentException e) {
      // IllegalArgumentException: the domain's own checks (ValidityException and the parameter
      // parsers), whose messages name the field and never echo a value
      refused(e.getMessage());
    } catch (WebApplicationException e) {
      Object entity = e.getResponse().getEntity();
      refused(entity instanceof ApiError a ? a.message : "HTTP " + e.getResponse().getStatus());
    } catch (PessimisticLockException e) {
      warn("busy");
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "screen action failed", e);
      add(FacesMessage.SEVERITY_ERROR, text("failed"));
    }
  }

  public void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public void warn(String key, Object... args) {
    add(FacesMessage.SEVERITY_WARN, text(key, args));
  }

  private void refused(String why) {
    add(FacesMessage.SEVERITY_WARN, text("refused", why));
  }

  private static String text(String key, Object... args) {
    FacesContext fc = FacesContext.getCurrentInstance();
    ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "t");
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
