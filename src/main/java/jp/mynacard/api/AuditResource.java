package jp.mynacard.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import jp.mynacard.registry.AuditChainCheck;
import jp.mynacard.registry.AuditEvent;
import jp.mynacard.registry.AuditQuery;
import jp.mynacard.registry.AuditVerifier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/audit}: the audit trail, for auditors only. */
@Path("audit")
@RequestScoped
@Tag(name = "audit")
public class AuditResource {
  static final int MAX_LIMIT = 1000;

  /** A page of audit lines, oldest first; {@code more} when the limit cut it short. */
  public static class Page {
    public List<Line> entries;
    public int count;
    public boolean more;
  }

  /** One audit line; times are ISO instants (UTC). */
  @JsonbNillable
  public static class Line {
    public String id;
    public String occurredAt;
    public String principal;
    public String role;
    public String action;
    public String targetType;
    public String targetId;
    public String residentId;
    public String reason;
    public String channel;
    public String detail;

    /** The line's place in the hash chain (see {@code GET /audit/verify}). */
    public Long seq;
  }

  /** The answer of {@code GET /audit/verify}. */
  @JsonbNillable
  public static class Verification {
    /** Every line is where the chain says, unchanged, and none is missing at the end. */
    public boolean valid;

    /** The lines checked. */
    public long events;

    /** The first line that does not hold; null when valid, or when lines at the end are missing. */
    public String firstInvalidId;

    /** What does not hold, in a few words; null when valid. */
    public String problem;
  }

  @Inject AuditQuery query;
  @Inject AuditVerifier verifier;

  @GET
  @Path("verify")
  @RolesAllowed(Roles.AUDITOR)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = MynacardApi.BASIC)
  @Operation(
      summary = "Verify the audit trail",
      description =
          "Checks every audit line against the hash chain (HMAC with a key kept apart from the"
              + " database): a changed, removed, reordered or inserted line makes valid false and"
              + " names the first such line. Reads the whole trail. Role: auditor.")
  @Extension(name = "x-roles", value = "auditor")
  @APIResponse(responseCode = "200", description = "the result, valid or not")
  @APIResponse(responseCode = "401", description = "no or wrong credentials")
  @APIResponse(responseCode = "403", description = "only auditors verify the audit trail")
  public Verification verify() {
    AuditChainCheck.Result result = verifier.verify();
    Verification v = new Verification();
    v.valid = result.valid();
    v.events = result.events();
    v.firstInvalidId = result.firstInvalidId();
    v.problem = result.problem();
    return v;
  }

  @GET
  @RolesAllowed(Roles.AUDITOR)
  @Produces(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = MynacardApi.BASIC)
  @Operation(
      summary = "Audit trail",
      description =
          "Filters: cardId, residentId, from and to (ISO-8601 times with offset; from inclusive,"
              + " to exclusive), limit (1-1000, default 100). Oldest first; the next page starts"
              + " from the last line's time. Role: auditor.")
  @Extension(name = "x-roles", value = "auditor")
  @APIResponse(responseCode = "200", description = "the matching audit lines")
  @APIResponse(responseCode = "400", description = "a malformed time or limit")
  @APIResponse(responseCode = "401", description = "no or wrong credentials")
  @APIResponse(responseCode = "403", description = "only auditors read the audit trail")
  public Page find(
      @QueryParam("cardId") String cardId,
      @QueryParam("residentId") String residentId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit) {
    int max = limit(limit);
    List<AuditEvent> events =
        query.find(
            new AuditQuery.Filter(
                blankToNull(cardId),
                blankToNull(residentId),
                RequestTimes.parse("from", from),
                RequestTimes.parse("to", to)),
            max + 1);
    Page page = new Page();
    page.more = events.size() > max;
    page.entries = new ArrayList<>();
    for (AuditEvent e : events.subList(0, Math.min(max, events.size()))) {
      page.entries.add(line(e));
    }
    page.count = page.entries.size();
    return page;
  }

  private static Line line(AuditEvent e) {
    Line l = new Line();
    l.id = e.getId();
    l.occurredAt = e.getOccurredAt().toInstant(ZoneOffset.UTC).toString();
    l.principal = e.getPrincipal();
    l.role = e.getRole();
    l.action = e.getAction();
    l.targetType = e.getTargetType();
    l.targetId = e.getTargetId();
    l.residentId = e.getResidentId();
    l.reason = e.getReason();
    l.channel = e.getChannel();
    l.detail = e.getDetail();
    l.seq = e.getChainSeq();
    return l;
  }

  private static int limit(String value) {
    if (value == null || value.isBlank()) {
      return 100;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
