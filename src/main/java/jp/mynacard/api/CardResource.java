package jp.mynacard.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.sql.SQLException;
import jp.mynacard.card.CardActions;
import jp.mynacard.card.CardStatusReader;
import jp.mynacard.card.CardStatusView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A card's status and the changes the call center and the counter make to it (DESIGN.md §3.4). Each
 * change answers the card's status afterwards; 409 when the card's state does not allow it.
 */
@Path("cards/{cardId}")
@RequestScoped
@Tag(name = "cards")
@APIResponse(responseCode = "404", description = "no card with this id")
public class CardResource {
  private static final String BUSY = "the card is being changed by another request; try again";

  @Inject CardStatusReader reader;
  @Inject CardActions actions;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({Roles.CLERK, Roles.CALL_CENTER})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getCardStatus",
      extensions = @Extension(name = "x-roles", value = "clerk,call-center"),
      summary = "Card status",
      description =
          "Status, expiry, renewal window, certificates with serial, status and expiry, PIN lock"
              + " state, open suspension. Roles: clerk, call-center.")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @APIResponse(responseCode = "200", description = "the card's status")
  public CardStatusView status(@PathParam("cardId") String cardId) throws SQLException {
    return reader.read(CardRequests.cardId(cardId));
  }

  @POST
  @Path("suspension")
  @RolesAllowed({Roles.CLERK, Roles.CALL_CENTER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "suspendCard",
      extensions = @Extension(name = "x-roles", value = "clerk,call-center"),
      summary = "Suspend the card (loss report, any hour)",
      description =
          "Body {reason: LOST|STOLEN|OTHER, channel: PHONE|COUNTER|ONLINE|POST|POLICE|OTHER,"
              + " reportedAt?}. Holds the user-identification certificate and revokes the"
              + " signature certificate. Idempotent: reporting a suspended card again answers"
              + " 200 with the existing suspension. Roles: clerk, call-center.")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @APIResponse(
      responseCode = "201",
      description = "suspended now",
      content = @Content(schema = @Schema(implementation = CardStatusView.class)))
  @APIResponse(
      responseCode = "200",
      description = "already suspended; nothing changed",
      content = @Content(schema = @Schema(implementation = CardStatusView.class)))
  @APIResponse(responseCode = "400", description = "missing or invalid reason, channel or time")
  @APIResponse(responseCode = "409", description = "the card is abolished")
  @APIResponse(responseCode = "503", description = BUSY)
  public Response suspend(
      @PathParam("cardId") String cardId,
      @RequestBody(required = true) CardRequests.Suspension body)
      throws SQLException {
    String id = CardRequests.cardId(cardId);
    CardRequests.Suspension s = CardRequests.body(body);
    boolean changed =
        actions.suspend(
            id,
            CardRequests.reason(s),
            CardRequests.channel(s.channel),
            CardRequests.reportedAt(s.reportedAt),
            Callers.of(security));
    return Response.status(changed ? 201 : 200).entity(reader.read(id)).build();
  }

  @DELETE
  @Path("suspension")
  @RolesAllowed(Roles.CLERK)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "cancelSuspension",
      extensions = @Extension(name = "x-roles", value = "clerk"),
      summary = "Cancel the suspension (at the counter)",
      description =
          "Body {identityVerified: true}, required. Releases the hold of the user-identification"
              + " certificate; the signature certificate stays revoked. Role: clerk.")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @APIResponse(responseCode = "200", description = "the card is active again")
  @APIResponse(responseCode = "400", description = "identityVerified is not true")
  @APIResponse(responseCode = "409", description = "the card is not suspended, or abolished")
  @APIResponse(responseCode = "503", description = BUSY)
  public CardStatusView cancelSuspension(
      @PathParam("cardId") String cardId,
      @RequestBody(required = true) CardRequests.Cancellation body)
      throws SQLException {
    String id = CardRequests.cardId(cardId);
    if (body == null || !Boolean.TRUE.equals(body.identityVerified)) {
      throw new BadRequest(
          "a suspension is cancelled only after the holder's identity is verified at the counter:"
              + " send {\"identityVerified\": true}");
    }
    actions.cancelSuspension(id, Callers.of(security));
    return reader.read(id);
  }

  @POST
  @Path("abolition")
  @RolesAllowed(Roles.CLERK)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "abolishCard",
      extensions = @Extension(name = "x-roles", value = "clerk"),
      summary = "Abolish the card (final)",
      description =
          "Body {reason: REISSUE|DEATH|LAPSE|RETURNED|OTHER}. Revokes both certificates"
              + " (superseded for a re-issue, cessationOfOperation otherwise); never undone."
              + " Role: clerk.")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @APIResponse(responseCode = "200", description = "the card is abolished")
  @APIResponse(responseCode = "400", description = "missing or invalid reason")
  @APIResponse(responseCode = "409", description = "the card is already abolished")
  @APIResponse(responseCode = "503", description = BUSY)
  public CardStatusView abolish(
      @PathParam("cardId") String cardId, @RequestBody(required = true) CardRequests.Abolition body)
      throws SQLException {
    String id = CardRequests.cardId(cardId);
    actions.abolish(id, CardRequests.reason(CardRequests.body(body)), Callers.of(security));
    return reader.read(id);
  }

  @POST
  @Path("pin-lock")
  @RolesAllowed({Roles.CLERK, Roles.CALL_CENTER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordPinLock",
      extensions = @Extension(name = "x-roles", value = "clerk,call-center"),
      summary = "Record a locked PIN",
      description =
          "Body {pin: USER_IDENTIFICATION|RESIDENCE_REGISTRY|CARD_INFO_INPUT|SIGNATURE,"
              + " channel?}. Records a lock the resident reports (3 wrong tries, 5 for the"
              + " signature password), so the counter knows to reset it. Idempotent."
              + " Roles: clerk, call-center.")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @APIResponse(responseCode = "200", description = "the PIN is recorded as locked")
  @APIResponse(responseCode = "400", description = "missing or invalid pin or channel")
  @APIResponse(responseCode = "503", description = BUSY)
  public CardStatusView lockPin(
      @PathParam("cardId") String cardId, @RequestBody(required = true) CardRequests.Pin body)
      throws SQLException {
    String id = CardRequests.cardId(cardId);
    CardRequests.Pin p = CardRequests.body(body);
    actions.lockPin(
        id,
        CardRequests.pin(p),
        p.channel == null ? "PHONE" : CardRequests.channel(p.channel),
        Callers.of(security));
    return reader.read(id);
  }

  @POST
  @Path("pin-reset")
  @RolesAllowed(Roles.CLERK)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "resetPin",
      extensions = @Extension(name = "x-roles", value = "clerk"),
      summary = "Reset a PIN at the counter",
      description =
          "Body {pin: USER_IDENTIFICATION|RESIDENCE_REGISTRY|CARD_INFO_INPUT|SIGNATURE}. Unlocks"
              + " it (the resident sets a new PIN). Only on an active card; the signature"
              + " password only with a valid signature certificate. Role: clerk.")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @APIResponse(responseCode = "200", description = "the PIN is reset and unlocked")
  @APIResponse(responseCode = "400", description = "missing or invalid pin")
  @APIResponse(responseCode = "409", description = "the card or certificate state forbids it")
  @APIResponse(responseCode = "503", description = BUSY)
  public CardStatusView resetPin(
      @PathParam("cardId") String cardId, @RequestBody(required = true) CardRequests.Pin body)
      throws SQLException {
    String id = CardRequests.cardId(cardId);
    actions.resetPin(id, CardRequests.pin(CardRequests.body(body)), Callers.of(security));
    return reader.read(id);
  }
}
