package jp.mynacard.api;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mynacard.card.CardNotFound;
import jp.mynacard.card.TransitionRefused;
import jp.mynacard.validity.ValidityException;

/** Turns exceptions into {@link ApiError} responses; only a server fault gives 500, unexplained. */
public final class ErrorMappers {
  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  @Provider
  public static class BadRequestMapper implements ExceptionMapper<BadRequest> {
    @Override
    public Response toResponse(BadRequest e) {
      return ApiError.response(400, e.getMessage());
    }
  }

  @Provider
  public static class ValidityMapper implements ExceptionMapper<ValidityException> {
    @Override
    public Response toResponse(ValidityException e) {
      return ApiError.response(400, e.getMessage());
    }
  }

  /**
   * Malformed JSON or a value of the wrong type; the parser's text may quote input, so not it. A
   * refusal of ours raised while the body was being read (BodyLimit's 413 for a chunked body over
   * 64 KiB) reaches us wrapped by JSON-B and keeps its own answer.
   */
  @Provider
  public static class JsonMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
        if (t instanceof WebApplicationException w
            && w.getResponse().getEntity() instanceof ApiError) {
          return w.getResponse();
        }
      }
      return ApiError.response(400, "the request body is not valid JSON of the expected shape");
    }
  }

  /**
   * Our own refusals (an {@link ApiError} body) pass as they are; 401, 403, 404, 405, 406, 415 and
   * the like from the container keep their status and get a JSON body with the reason phrase (the
   * container's own text may quote the request).
   */
  @Provider
  public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      if (e.getResponse().getEntity() instanceof ApiError) {
        return e.getResponse();
      }
      int status = e.getResponse().getStatus();
      if (status >= 500) {
        LOG.log(Level.SEVERE, "request failed", e);
        return ApiError.response(status, "the server could not answer; the error is logged");
      }
      Response.Status known = Response.Status.fromStatusCode(status);
      return ApiError.response(status, known != null ? known.getReasonPhrase() : "request refused");
    }
  }

  @Provider
  public static class RefusalMapper implements ExceptionMapper<ApiRefusal> {
    @Override
    public Response toResponse(ApiRefusal e) {
      return ApiError.response(e.status(), e.getMessage());
    }
  }

  @Provider
  public static class CardNotFoundMapper implements ExceptionMapper<CardNotFound> {
    @Override
    public Response toResponse(CardNotFound e) {
      return ApiError.response(404, e.getMessage());
    }
  }

  /** A change the card's state does not allow. */
  @Provider
  public static class TransitionMapper implements ExceptionMapper<TransitionRefused> {
    @Override
    public Response toResponse(TransitionRefused e) {
      return ApiError.response(409, e.getMessage());
    }
  }

  /**
   * The card's row stayed locked longer than the database waits (another change of the same card
   * hung): the client may simply try again.
   */
  @Provider
  public static class LockMapper implements ExceptionMapper<PessimisticLockException> {
    @Override
    public Response toResponse(PessimisticLockException e) {
      LOG.log(Level.WARNING, "card lock not granted", e);
      return ApiError.response(503, "the card is being changed by another request; try again");
    }
  }

  /** Anything else, checked exceptions included: a server fault, logged, never explained. */
  @Provider
  public static class UnexpectedMapper implements ExceptionMapper<Exception> {
    @Override
    public Response toResponse(Exception e) {
      LOG.log(Level.SEVERE, "request failed", e);
      return ApiError.response(500, "the server could not answer; the error is logged");
    }
  }
}
