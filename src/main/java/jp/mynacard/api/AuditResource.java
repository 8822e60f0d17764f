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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
  @Schema(name = "AuditPage")
  public static class Page {
    @Schema(required = true)
    public List<Line> entries;

    @Schema(required = true)
    public int count;

    @Schema(required = true)
    public boolean more;
  }

  /** One audit line; times are ISO instants (UTC). */
  @JsonbNillable
  @Schema(name = "AuditLine")
  public static class Line {
    @Schema(required = true)
    public String id;

    @Schema(required = true, format = "date-time")
    public String occurredAt;

    @Schema(required = true)
    public String principal;

    @Schema(required = true, nullable = true)
    public String role;

    @Schema(required = true)
    public String action;

    @Schema(required = true)
    public String targetType;

    @Schema(required = true)
    public String targetId;

    @Schema(required = true, nullable = true)
    public String residentId;

    @Schema(required = true, nullable = true)
    public String reason;

    @Schema(required = true, nullable = true)
    public String channel;

    @Schema(required = true, nullable = true)
    public String detail;

    /** The line's place in the hash chain (see {@code GET /audit/verify}); null before it. */
    @Schema(required = true, nullable = true)
    public Long seq;
  }

  /** The answer of {@code GET /audit/verify}. */
  @JsonbNillable
  @Schema(name = "AuditVerification")
  public static class Verification {
    /** Every line is where the chain says, unchanged, and none is missing at the end. */
    @Schema(required = true)
    public boolean valid;

    /** The lines checked. */
    @Schema(required = true)
    public long events;

    /** The first line that does not hold; null when valid, or when lines at the end are missing. */
    @Schema(required = true, nullable = true)
    public String firstInvalidId;

    /** What does not hold, in a few words; null when valid. */
    @Schema(required = true, nullable = true)
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
      operationId = "verifyAuditTrail",
      extensions = @Extension(name = "x-roles", value = "auditor"),
      summary = "Verify the audit trail",
      description =
          "Checks every audit line against the hash chain (HMAC with a key kept apart from the"
              + " database): a changed, removed, reordered or inserted line makes valid false and"
              + " names the first such line. Reads the whole trail. Role: auditor.")
  @APIResponse(responseCode = "200", description = "the result, valid or not")
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
      operationId = "findAuditLines",
      extensions = @Extension(name = "x-roles", value = "auditor"),
      summary = "Audit trail",
      description =
          "Filters: cardId, residentId, from and to (ISO-8601 times with offset; from inclusive,"
              + " to exclusive), limit (1-1000, default 100). Oldest first; the next page starts"
              + " from the last line's time. Role: auditor.")
  @APIResponse(responseCode = "200", description = "the matching audit lines")
  @APIResponse(responseCode = "400", description = "a malformed time or limit")
  @APIResponse(responseCode = "403", description = "only auditors read the audit trail")
  public Page find(
      @Parameter(description = "lines about this card") @QueryParam("cardId") String cardId,
      @Parameter(description = "lines about this resident") @QueryParam("residentId")
          String residentId,
      @Parameter(
              description = "from this time on, inclusive (ISO-8601 with offset)",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "before this time, exclusive (ISO-8601 with offset)",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("to")
          String to,
      @Parameter(
              description = "at most this many lines",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "" + MAX_LIMIT,
                      defaultValue = "100"))
          @QueryParam("limit")
          String limit) {
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
