package jp.mynacard.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mynacard.demo.DemoRegistryGenerator;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.LibertyServer;
import jp.mynacard.testing.RegistryDump;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import whose server process is killed mid-way, then started again and the job restarted, ends
 * with the same registry and the same report files as an uninterrupted import of the same file. The
 * test drives the server itself (start, SIGKILL, start, stop), so it runs on its own, after the
 * Arquillian tests have stopped theirs.
 */
class RegistryImportCrashIT {
  private static final int RESIDENTS = 40_000;
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Map<String, String> PARAMETERS =
      Map.of("chunkSize", "500", "partitions", "2");

  @BeforeAll
  static void deploy() throws Exception {
    LibertyServer.deployApplication();
  }

  @AfterAll
  static void undeploy() throws Exception {
    LibertyServer.removeApplication();
  }

  @Test
  void anImportKilledMidwayAndRestartedEndsLikeAnUninterruptedOne(@TempDir Path dir)
      throws Exception {
    Path input = demoRegistryWithBadRows(dir.resolve("registry.csv"));
    RegistryDump.delete("R0");

    LibertyServer.start(START_TIMEOUT);
    BatchClient first = operator();
    long firstInstance = first.start("registry-import", parameters(input));
    first.awaitStep(firstInstance, "importRows", JOB_TIMEOUT);
    Instant importing = Instant.now();
    JsonObject whole = first.awaitEnd(firstInstance, JOB_TIMEOUT);
    Duration uninterrupted = Duration.between(importing, Instant.now());
    LibertyServer.stop();
    assertEquals("4", whole.getString("exitStatus"), "the file has bad rows and anomalies");
    List<String> expected = RegistryDump.of("R0");
    byte[] expectedRejects = Files.readAllBytes(Path.of(input + ".rejects.csv"));
    byte[] expectedAnomalies = Files.readAllBytes(Path.of(input + ".anomalies.csv"));
    RegistryDump.delete("R0");

    LibertyServer.start(START_TIMEOUT);
    BatchClient batch = operator();
    long instance = batch.start("registry-import", parameters(input));
    // half-way through the step that writes (the check before it writes nothing)
    batch.awaitStep(instance, "importRows", JOB_TIMEOUT);
    Thread.sleep(uninterrupted.toMillis() / 2);
    LibertyServer.kill();
    long imported = RegistryDump.count("R0");
    assertTrue(imported > 0 && imported < RESIDENTS, "killed mid-way: " + imported + " imported");

    LibertyServer.start(START_TIMEOUT);
    assertEquals(
        "FAILED",
        batch.latestExecution(instance).getString("batchStatus"),
        "the restarted server marks the killed execution failed");
    batch.restart(instance);
    JsonObject restarted = batch.awaitEnd(instance, JOB_TIMEOUT);
    LibertyServer.stop();

    assertEquals("COMPLETED", restarted.getString("batchStatus"));
    assertEquals("4", restarted.getString("exitStatus"));
    assertEquals(expected, RegistryDump.of("R0"));
    assertArrayEquals(expectedRejects, Files.readAllBytes(Path.of(input + ".rejects.csv")));
    assertArrayEquals(expectedAnomalies, Files.readAllBytes(Path.of(input + ".anomalies.csv")));
  }

  private static Map<String, String> parameters(Path input) {
    var p = new java.util.HashMap<>(PARAMETERS);
    p.put("inputFile", input.toString());
    return p;
  }

  private static BatchClient operator() {
    return new BatchClient(ItServer.httpsPort(), "operator", ItServer.password("operator"));
  }

  /** A demo registry with a bad row every 997 lines and an unbalanced quote near the middle. */
  private static Path demoRegistryWithBadRows(Path file) throws Exception {
    DemoRegistryGenerator.write(
        file, StandardCharsets.UTF_8, RESIDENTS, 7, LocalDate.of(2026, 4, 1));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i > 0 && i % 997 == 0) {
        line = line.replaceFirst(",(\\d{4})-(\\d{2})-(\\d{2}),", ",$1-02-30,");
      }
      if (i == lines.size() / 2) {
        line = line.replaceFirst(",", ",\"");
      }
      out.add(line);
    }
    Files.write(file, String.join("\r\n", out).concat("\r\n").getBytes(StandardCharsets.UTF_8));
    return file;
  }
}
