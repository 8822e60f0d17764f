package jp.mynacard.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import jp.mynacard.forecast.RenewalForecastJob;
import jp.mynacard.importer.ImportParameters;
import jp.mynacard.renewal.RenewalNoticesJob;
import jp.mynacard.returned.ReturnedLettersJob;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/jobs/{jobName}} starts a job with validated parameters (202 with the
 * execution); {@code GET /api/v1/jobs/executions/{id}} tells how it stands. Operators only.
 * Liberty's own {@code /ibm/api/batch} and batchManager stay available beside it.
 */
@Path("jobs")
@RequestScoped
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "jobs")
@APIResponse(responseCode = "403", description = "only operators run jobs")
public class JobResource {

  private static final String EXECUTION = "the execution's id";

  @Inject JobLaunches launches;
  @Inject JobReports reports;
  @Inject JobAudit audit;
  @jakarta.ws.rs.core.Context SecurityContext security;

  @POST
  @Path("{jobName}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "startJob",
      extensions = @Extension(name = "x-roles", value = "operator"),
      summary = "Start a job",
      description =
          "registry-import, renewal-notices, renewal-forecast or returned-letters; body: a JSON"
              + " object of job"
              + " parameters (strings; numbers and booleans are read as their text; leave one out"
              + " for its default), checked before the job starts. Role: operator.")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @APIResponse(
      responseCode = "202",
      description = "started",
      headers =
          @Header(
              name = "Location",
              description = "the execution",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = JobReport.class)))
  @APIResponse(responseCode = "400", description = "invalid or unknown parameters")
  @APIResponse(responseCode = "404", description = "no job with this name")
  @APIResponse(
      responseCode = "409",
      description = "an unfinished renewal run holds the gate, or one is running",
      content = @Content(schema = @Schema(implementation = RunConflict.class)))
  public Response start(
      @Parameter(
              description = "the job",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        ImportParameters.JOB,
                        RenewalNoticesJob.NAME,
                        RenewalForecastJob.NAME,
                        ReturnedLettersJob.NAME
                      }))
          @PathParam("jobName")
          String jobName,
      @RequestBody(
              description = "the job's parameters by name; none: every default",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = JobParametersSchema.NAME)))
          InputStream body,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    long executionId = launches.start(jobName, strings(parse(body)), Callers.of(security));
    JobOperator operator = BatchRuntime.getJobOperator();
    java.net.URI location = uri.getBaseUriBuilder().path("jobs/executions/{id}").build(executionId);
    return Response.accepted(reports.execution(operator.getJobExecution(executionId)))
        .location(location)
        .build();
  }

  @GET
  @Path("executions/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getJobExecution",
      extensions = @Extension(name = "x-roles", value = "operator"),
      summary = "A job execution",
      description = "Status, exit status, parameters and the run's summary. Role: operator.")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @APIResponse(responseCode = "200", description = "the execution")
  @APIResponse(responseCode = "404", description = "no such execution")
  public JobReport execution(
      @Parameter(
              description = EXECUTION,
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          String id) {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      JobExecution execution = operator.getJobExecution(Long.parseLong(id));
      return reports.execution(execution);
    } catch (NumberFormatException | NoSuchJobExecutionException e) {
      throw new WebApplicationException(ApiError.response(404, "no job execution " + id));
    }
  }

  @POST
  @Path("executions/{id}/restart")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "restartJobExecution",
      extensions = @Extension(name = "x-roles", value = "operator"),
      summary = "Restart a job execution",
      description =
          "Restarts the job instance of a failed or stopped execution (the latest of its"
              + " instance) with the parameters it ran with, from its last checkpoint. Role:"
              + " operator.")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @APIResponse(
      responseCode = "202",
      description = "restarted",
      headers =
          @Header(
              name = "Location",
              description = "the new execution",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = JobReport.class)))
  @APIResponse(responseCode = "404", description = "no such execution")
  @APIResponse(
      responseCode = "409",
      description = "the execution is not the latest of its instance, or cannot be restarted")
  public Response restart(
      @Parameter(
              description = EXECUTION,
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          String id,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    JobOperator operator = BatchRuntime.getJobOperator();
    long executionId =
        launches.restart(existing(operator, id).getExecutionId(), Callers.of(security));
    java.net.URI location = uri.getBaseUriBuilder().path("jobs/executions/{id}").build(executionId);
    return Response.accepted(reports.execution(operator.getJobExecution(executionId)))
        .location(location)
        .build();
  }

  @POST
  @Path("executions/{id}/stop")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "stopJobExecution",
      extensions = @Extension(name = "x-roles", value = "operator"),
      summary = "Stop a job execution",
      description =
          "Asks a running execution to stop at its next checkpoint; it ends STOPPED and can be"
              + " restarted. Role: operator.")
  @SecurityRequirement(name = MynacardApi.BASIC)
  @APIResponse(
      responseCode = "202",
      description = "stopping; the execution as it stands",
      content = @Content(schema = @Schema(implementation = JobReport.class)))
  @APIResponse(responseCode = "404", description = "no such execution")
  @APIResponse(responseCode = "409", description = "the execution is not running")
  public Response stop(
      @Parameter(
              description = EXECUTION,
              schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          @PathParam("id")
          String id) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution = existing(operator, id);
    try {
      operator.stop(execution.getExecutionId());
    } catch (JobExecutionNotRunningException e) {
      throw new WebApplicationException(
          ApiError.response(
              409,
              "execution "
                  + execution.getExecutionId()
                  + " is not running ("
                  + execution.getBatchStatus()
                  + ")"));
    }
    audit.record(
        Callers.of(security),
        "JOB_STOPPED",
        execution.getJobName(),
        execution.getExecutionId(),
        Map.of());
    return Response.accepted(
            reports.execution(operator.getJobExecution(execution.getExecutionId())))
        .build();
  }

  private static JobExecution existing(JobOperator operator, String id) {
    try {
      return operator.getJobExecution(Long.parseLong(id.strip()));
    } catch (NumberFormatException | NoSuchJobExecutionException e) {
      throw new WebApplicationException(ApiError.response(404, "no job execution " + id));
    }
  }

  /**
   * The body as JSON (UTF-8, RFC 8259, whatever charset the Content-Type claims), parsed here
   * rather than by the container's readers, which answer 500 to a body nested too deeply or to an
   * unknown charset. No body: no parameters.
   */
  private static JsonValue parse(InputStream body) {
    byte[] bytes;
    try {
      bytes = body == null ? new byte[0] : body.readAllBytes();
    } catch (IOException e) {
      throw new BadRequest("the request body could not be read");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonException e) {
      throw new BadRequest("the request body is not valid JSON");
    } catch (RuntimeException tooDeep) {
      // Parsson refuses nesting deeper than 1,000 with a bare RuntimeException
      throw new BadRequest("the request body is not valid JSON (nested too deeply)");
    }
  }

  private static Map<String, String> strings(JsonValue body) {
    Map<String, String> values = new HashMap<>();
    if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
      return values;
    }
    if (body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new BadRequest("the request body must be a JSON object of job parameters");
    }
    body.asJsonObject()
        .forEach(
            (name, value) -> {
              String text =
                  switch (value.getValueType()) {
                    case STRING -> ((jakarta.json.JsonString) value).getString();
                    case NUMBER, TRUE, FALSE -> value.toString();
                      // null is refused, not read as "the default": a typo'd name sent as null
                      // would otherwise start a real run with every default
                    default ->
                        throw new BadRequest(
                            "parameter '"
                                + name
                                + "' must be a string, number or boolean; leave a parameter out"
                                + " for its default");
                  };
              values.put(name, text);
            });
    return values;
  }
}
