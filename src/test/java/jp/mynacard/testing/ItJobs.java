package jp.mynacard.testing;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running jobs as an operator would through the REST API: from inside the test server, or through a
 * given client.
 */
public final class ItJobs {
  public static final Duration TIMEOUT = Duration.ofMinutes(5);

  private ItJobs() {}

  /** Imports these rows (after the header) and returns the ended execution. */
  public static JsonObject importRows(List<RegistryRows> rows) throws Exception {
    return importRows(BatchClient.insideServer(), rows);
  }

  /** As {@link #importRows(List)}, through {@code batch} (from outside the server, say). */
  public static JsonObject importRows(BatchClient batch, List<RegistryRows> rows) throws Exception {
    StringBuilder csv = new StringBuilder(RegistryRows.header()).append("\r\n");
    rows.forEach(r -> csv.append(r.csv()).append("\r\n"));
    Path input = Files.createTempDirectory("it-import").resolve("registry.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
    return run(batch, "registry-import", Map.of("inputFile", input.toString()));
  }

  public static JsonObject run(String job, Map<String, String> parameters) throws Exception {
    return run(BatchClient.insideServer(), job, parameters);
  }

  /** Starts {@code job} through {@code batch} and returns the ended execution. */
  public static JsonObject run(BatchClient batch, String job, Map<String, String> parameters)
      throws Exception {
    return batch.awaitEnd(batch.start(job, new HashMap<>(parameters)), TIMEOUT);
  }

  /** The job instance id of an execution report. */
  public static long instance(JsonObject execution) {
    return execution.getJsonNumber("instanceId").longValue();
  }

  public static Path write(List<byte[]> lines) throws Exception {
    Path input = Files.createTempDirectory("import-it").resolve("registry.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      out.write(l);
      out.write('\r');
      out.write('\n');
    }
    Files.write(input, out.toByteArray());
    return input;
  }
}
