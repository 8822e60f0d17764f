package jp.mynacard.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error response: {@code {"status": 400, "message": "..."}}. */
public class ApiError {
  public int status;
  public String message;

  public ApiError() {}

  public ApiError(int status, String message) {
    this.status = status;
    this.message = message;
  }

  public static Response response(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, message))
        .build();
  }
}
