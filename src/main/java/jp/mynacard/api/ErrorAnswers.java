package jp.mynacard.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The OpenAPI document's answers that every operation shares, stated once instead of on each
 * resource method: a secured operation can answer 401 and 403, one that takes a body 413 and 415
 * (BodyLimit, the container), and every error answer is an {@link ApiError} in JSON, as {@link
 * ErrorMappers} and the container's error pages make it (registered as {@code mp.openapi.filter}).
 */
public class ErrorAnswers implements OASFilter {
  static final String SCHEMA = "#/components/schemas/ApiError";

  private static final List<Map.Entry<String, String>> SECURED =
      List.of(
          Map.entry("401", "no or wrong credentials"),
          Map.entry("403", "the user's role may not do this"));
  private static final List<Map.Entry<String, String>> WITH_BODY =
      List.of(
          Map.entry("413", "the body is over 64 KiB"),
          Map.entry("415", "the body is not application/json"));

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    boolean securedByDefault = openApi.getSecurity() != null && !openApi.getSecurity().isEmpty();
    for (PathItem path : openApi.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        List<?> security = operation.getSecurity();
        if (security == null ? securedByDefault : !security.isEmpty()) {
          addMissing(operation.getResponses(), SECURED);
        }
        if (operation.getRequestBody() != null) {
          addMissing(operation.getResponses(), WITH_BODY);
        }
        operation.getResponses().getAPIResponses().forEach(ErrorAnswers::describeError);
      }
    }
  }

  private static void addMissing(APIResponses responses, List<Map.Entry<String, String>> answers) {
    for (Map.Entry<String, String> answer : answers) {
      if (!responses.hasAPIResponse(answer.getKey())) {
        responses.addAPIResponse(
            answer.getKey(), OASFactory.createAPIResponse().description(answer.getValue()));
      }
    }
  }

  private static void describeError(String code, APIResponse response) {
    if (code.charAt(0) >= '4' && response.getContent() == null && response.getRef() == null) {
      Content json =
          OASFactory.createContent()
              .addMediaType(
                  "application/json",
                  OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA)));
      response.setContent(json);
    }
  }
}
