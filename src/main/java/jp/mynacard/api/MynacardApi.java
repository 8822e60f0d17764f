package jp.mynacard.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API's root: {@code /api/v1}. Its OpenAPI document is served at {@code /openapi} (and a UI at
 * {@code /openapi/ui}); each operation names its roles in its description and in {@code x-roles}.
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
                    + " Roles: clerk, call-center, operator, auditor (DESIGN.md §3.4). Errors"
                    + " are JSON {status, message}."))
@SecurityScheme(
    securitySchemeName = MynacardApi.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic")
public class MynacardApi extends Application {
  static final String BASIC = "basic";
}
