package jp.mynacard.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error response: {@code {"status": 400, "message": "..."}}. */
@Schema(name = "ApiError", description = "every error answer: its HTTP status and why, in words")
public class ApiError {
  @Schema(required = true, description = "the HTTP status, repeated")
  public int status;

  @Schema(required = true, description = "what was refused and why; never echoes a secret")
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
