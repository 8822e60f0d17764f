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

/** {@code POST /api/v1/validity/preview}: what a card issued on a date would be valid until. */
@Path("validity/preview")
@RequestScoped
public class ValidityPreviewResource {
  @Inject ValidityRules rules;

  @POST
  @RolesAllowed(Roles.CLERK)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ValidityPreviewResponse preview(ValidityPreviewRequest request) {
    return new ValidityPreview(rules).compute(request);
  }
}
