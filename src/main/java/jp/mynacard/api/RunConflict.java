package jp.mynacard.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.mynacard.renewal.RunGate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 409 body when a renewal run may not start: the usual {@code status} and {@code message}, the
 * job instance that holds the gate and its state ({@code FAILED} or {@code STOPPED}: restart it;
 * {@code STARTED} and the like: wait).
 */
@Schema(name = "RunConflict")
public class RunConflict extends ApiError {
  /** The renewal run that holds the gate; left out when another job is refused. */
  public long instanceId;

  /** Its batch status: FAILED or STOPPED (restart it), STARTED and the like (wait). */
  public String state;

  public RunConflict() {}

  static Response response(RunGate.Refusal refusal) {
    RunConflict body = new RunConflict();
    body.status = 409;
    body.message = refusal.message();
    body.instanceId = refusal.runId();
    body.state = refusal.state().name();
    return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
