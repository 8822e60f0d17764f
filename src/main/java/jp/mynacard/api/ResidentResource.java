package jp.mynacard.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jp.mynacard.card.Actor;
import jp.mynacard.registry.ResidentLookup;
import jp.mynacard.validity.IndividualNumber;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/residents/lookup}: a resident by Individual Number, which travels in the body
 * only (never in a URL, where access logs and proxies would keep it). Every look-up is audited.
 */
@Path("residents/lookup")
@RequestScoped
@Tag(name = "residents")
public class ResidentResource {
  /** The request body. */
  @Schema(name = "ResidentLookupRequest")
  public static class Request {
    @Schema(required = true, description = "12 digits, the last a check digit")
    public String individualNumber;
  }

  /** The answer: resident id and current card id (null when the resident has no card). */
  @JsonbNillable
  @Schema(name = "ResidentLookupAnswer")
  public static class Answer {
    @Schema(required = true)
    public String residentId;

    @Schema(required = true, nullable = true)
    public String cardId;
  }

  @Inject ResidentLookup lookup;
  @Context SecurityContext security;

  @POST
  @RolesAllowed(Roles.CLERK)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = MynacardApi.BASIC)
  @Operation(
      operationId = "lookUpResident",
      extensions = @Extension(name = "x-roles", value = "clerk"),
      summary = "Find a resident by Individual Number",
      description =
          "Body {individualNumber: 12 digits with a valid check digit}. Found by keyed hash;"
              + " audited, found or not. Role: clerk.")
  @APIResponse(responseCode = "200", description = "the resident id and card id")
  @APIResponse(responseCode = "400", description = "not 12 digits, or a wrong check digit")
  @APIResponse(responseCode = "403", description = "the user's role may not look up")
  @APIResponse(responseCode = "404", description = "no resident has this number")
  public Answer find(@RequestBody(required = true) Request body) {
    IndividualNumber number = IndividualNumber.parse(CardRequests.body(body).individualNumber);
    Actor actor = Callers.of(security);
    ResidentLookup.Found found = lookup.find(number, actor.principal(), actor.role());
    if (!found.exists()) {
      // after the look-up's transaction committed, so the audit line stays
      throw new ApiRefusal(404, "no resident has this Individual Number");
    }
    Answer a = new Answer();
    a.residentId = found.residentId();
    a.cardId = found.cardId();
    return a;
  }
}
