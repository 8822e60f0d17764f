package jp.mynacard.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.LocalDate;
import jp.mynacard.forecast.ForecastRange;
import jp.mynacard.forecast.RenewalForecasts;
import jp.mynacard.renewal.RenewalParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/forecast}: the renewal campaign's demand per ISO week (issue 14). */
@Path("forecast")
@RequestScoped
public class ForecastResource {
  @Inject RenewalForecasts forecasts;

  @GET
  @RolesAllowed({Roles.OPERATOR, Roles.CLERK, Roles.AUDITOR})
  @Produces(MediaType.APPLICATION_JSON)
  @Tag(name = "forecast")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @Operation(
      operationId = "getRenewalForecast",
      extensions = @Extension(name = "x-roles", value = "operator,clerk,auditor"),
      summary = "Renewal forecast",
      description =
          "from, to (yyyy-MM-dd, required, at most two years apart; widened to whole ISO weeks)"
              + " and asOf (the first night the renewal runs are assumed to run, default today"
              + " in Asia/Tokyo) -> per ISO week: items expiring by kind (card, stay, userCert,"
              + " signCert) with the nightly run's selection and skips, the letters the"
              + " configured lead times will send, and the counter visits those letters bring"
              + " (a new card two, a STAY change or certificates one; a letter's items share"
              + " their visits; a reminder brings none). Roles: operator, clerk, auditor.")
  @APIResponse(responseCode = "200", description = "one row per ISO week of the range")
  @APIResponse(
      responseCode = "400",
      description = "a missing or malformed date, from after to, or more than two years")
  @APIResponse(responseCode = "403", description = "only operators, clerks and auditors")
  public ForecastAnswer forecast(
      @Parameter(
              required = true,
              description = "first day, yyyy-MM-dd",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              required = true,
              description = "last day, yyyy-MM-dd",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @Parameter(
              description = "first night of the runs; default today in Asia/Tokyo",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("asOf")
          String asOf)
      throws SQLException {
    ForecastRange range;
    try {
      range = ForecastRange.of(from, to, asOf, LocalDate.now(RenewalParameters.JAPAN));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
    return ForecastAnswer.of(forecasts.forecast(range));
  }
}
