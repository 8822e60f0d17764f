package jp.mynacard.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's root: {@code /api/v1}. Its OpenAPI document is served at {@code /openapi} (and a UI at
 * {@code /openapi/ui}); each operation names its roles in {@code x-roles} and its description, and
 * the answers every operation shares (401, 403, 413, 415, the error body) come from {@link
 * ErrorAnswers}.
 *
 * <p>The one server is {@code /}, relative to wherever the document was fetched from: Liberty's
 * default lists the host and ports the server itself listens on, which a client behind a proxy or
 * another host name cannot reach.
 */
@ApplicationPath("/api/v1")
@DeclareRoles({Roles.CLERK, Roles.CALL_CENTER, Roles.OPERATOR, Roles.AUDITOR})
@OpenAPIDefinition(
    info =
        @Info(
            title = "mynacard-lifecycle API",
            version = "1",
            description =
                "Card and certificate status, suspension and its cancellation, abolition, PINs,"
                    + " resident look-up, audit trail, CRL, validity preview and job control."
                    + " Roles: clerk, call-center, operator, auditor (DESIGN.md §3.4); each"
                    + " operation names its own in x-roles. Errors are JSON {status, message}."),
    components = @Components(schemas = @Schema(name = "ApiError", implementation = ApiError.class)),
    servers = @Server(url = "/", description = "the server that served this document"),
    security = @SecurityRequirement(name = MynacardApi.BASIC),
    tags = {
      @Tag(name = "cards", description = "a card's status and the changes made to it"),
      @Tag(name = "residents", description = "a resident found by Individual Number"),
      @Tag(name = "audit", description = "the audit trail and its hash chain"),
      @Tag(name = "crl", description = "the certificate revocation list, public"),
      @Tag(name = "validity", description = "what a card issued on a date would be valid until"),
      @Tag(name = "forecast", description = "the renewal counters' demand per ISO week"),
      @Tag(name = "jobs", description = "start, follow, restart and stop the batch jobs")
    })
@SecurityScheme(
    securitySchemeName = MynacardApi.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic")
public class MynacardApi extends Application {
  static final String BASIC = "basic";
}
