package jp.mynacard.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@code POST /api/v1/jobs/{jobName}} starts a job with validated parameters (202 with the
 * execution); {@code GET /api/v1/jobs/executions/{id}} tells how it stands. Operators only.
 * Liberty's own {@code /ibm/api/batch} and batchManager stay available beside it.
 */
@Path("jobs")
@RequestScoped
@RolesAllowed(Roles.OPERATOR)
public class JobResource {
  @Inject JobStarts starts;
  @Inject JobReports reports;

  @POST
  @Path("{jobName}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response start(
      @PathParam("jobName") String jobName,
      JsonValue body,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    Properties parameters = starts.validate(jobName, strings(body));
    JobOperator operator = BatchRuntime.getJobOperator();
    starts.refuseConcurrentRun(operator, jobName);
    long executionId = operator.start(jobName, parameters);
    java.net.URI location = uri.getBaseUriBuilder().path("jobs/executions/{id}").build(executionId);
    return Response.accepted(reports.execution(operator.getJobExecution(executionId)))
        .location(location)
        .build();
  }

  @GET
  @Path("executions/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public JobReport execution(@PathParam("id") String id) {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      JobExecution execution = operator.getJobExecution(Long.parseLong(id));
      return reports.execution(execution);
    } catch (NumberFormatException | NoSuchJobExecutionException e) {
      throw new WebApplicationException(ApiError.response(404, "no job execution " + id));
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
                    case NULL -> null;
                    default ->
                        throw new BadRequest(
                            "parameter '" + name + "' must be a string, number or" + " boolean");
                  };
              if (text != null) {
                values.put(name, text);
              }
            });
    return values;
  }
}
