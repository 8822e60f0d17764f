package jp.mynacard.renewal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * {@code PUT /api/v1/it/mail-replaces-letter/{true|false}}: lets {@link EmailInsteadOfPaperIT},
 * which runs beside the server (GreenMail is in the test JVM), switch the setting. Only in that
 * test's deployment.
 */
@Path("it/mail-replaces-letter")
@RolesAllowed("operator")
public class MailReplacesLetterSwitch {
  @Inject SwitchableMailReplacesLetter setting;

  @PUT
  @Path("{on}")
  public void use(@PathParam("on") boolean on) {
    setting.use(on);
  }
}
