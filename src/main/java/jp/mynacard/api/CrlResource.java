package jp.mynacard.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import jp.mynacard.card.RevocationList;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/crl}: the certificate revocation list, DER. Public, as a CRL distribution
 * point is (RFC 5280: relying parties fetch it anonymously); it names serials only, never a person.
 */
@Path("crl")
@RequestScoped
@Tag(name = "crl")
public class CrlResource {
  public static final String PKIX_CRL = "application/pkix-crl";

  @Inject RevocationList crl;

  @GET
  @PermitAll
  @Produces(PKIX_CRL)
  @Operation(
      operationId = "getCrl",
      extensions = @Extension(name = "x-roles", value = "anyone"),
      summary = "Certificate revocation list",
      description =
          "X.509 v2 CRL, DER, signed by the configured CA key: certificateHold for held"
              + " certificates, the revocation reason for revoked ones, nextUpdate and an"
              + " increasing CRL number. No credentials needed.")
  // no credentials: an empty list overrides the document's default of HTTP Basic
  @SecurityRequirements
  @APIResponse(
      responseCode = "200",
      description = "the current CRL",
      content =
          @Content(
              mediaType = PKIX_CRL,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "406", description = "the Accept header does not allow " + PKIX_CRL)
  public Response get() throws SQLException, IOException, GeneralSecurityException {
    CacheControl cache = new CacheControl();
    cache.setNoCache(true);
    return Response.ok(crl.current(), PKIX_CRL).cacheControl(cache).build();
  }
}
