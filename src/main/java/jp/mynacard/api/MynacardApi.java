package jp.mynacard.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API's root: {@code /api/v1}. */
@ApplicationPath("/api/v1")
@DeclareRoles({Roles.CLERK, Roles.CALL_CENTER, Roles.OPERATOR, Roles.AUDITOR})
public class MynacardApi extends Application {}
