package jp.mynacard.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.mynacard.validity.ValidityRules;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/validity/preview}: what a card issued on a date would be valid until. */
@Path("validity/preview")
@RequestScoped
public class ValidityPreviewResource {
  @Inject ValidityRules rules;

  @POST
  @RolesAllowed(Roles.CLERK)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Tag(name = "validity")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @Operation(
      operationId = "previewValidity",
      extensions = @Extension(name = "x-roles", value = "clerk"),
      summary = "Validity preview",
      description =
          "Birth date, application date, issue date, nationality, residence status, stay expiry"
              + " -> card and certificate expiry dates and renewal window, with the rule that"
              + " decided each. Role: clerk.")
  @APIResponse(responseCode = "200", description = "the dates and their rules")
  @APIResponse(responseCode = "400", description = "a missing or impossible date")
  @APIResponse(responseCode = "403", description = "only clerks preview")
  public ValidityPreviewResponse preview(
      @RequestBody(required = true) ValidityPreviewRequest request) {
    return new ValidityPreview(rules).compute(request);
  }
}
