package jp.mynacard.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.logging.Logger;
import jp.mynacard.demo.DemoRegistryGenerator;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.JobTables;
import jp.mynacard.testing.JobWatch;
import jp.mynacard.testing.KillPoint;
import jp.mynacard.testing.LibertyServer;
import jp.mynacard.testing.RegistryDump;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import whose server process is killed mid-way - early (after the first committed chunk) and
 * again in the middle (after half the rows), each kill proven to fall between that point and the
 * end of the step that writes - then started again and the job restarted, ends with the same
 * registry and the same report files as an uninterrupted import of the same file. The test drives
 * the server itself (start, SIGKILL, start, stop), so it runs on its own, after the Arquillian
 * tests have stopped theirs.
 */
class RegistryImportCrashIT {
  private static final Logger LOG = Logger.getLogger(RegistryImportCrashIT.class.getName());
  private static final int RESIDENTS = 12_000;
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  /** Rows per chunk: 120 chunks in all, so that each kill point has chunks before and after it. */
  private static final Map<String, String> PARAMETERS =
      Map.of("chunkSize", "100", "partitions", "2");

  /** Where the kills fall: committed rows to pass, from the file's rows. */
  private static final List<Map.Entry<String, LongUnaryOperator>> KILL_POINTS =
      List.of(
          Map.entry("early: the first committed chunk", rows -> 1),
          Map.entry("middle: half the rows committed", rows -> rows / 2));

  @BeforeAll
  static void deploy() throws Exception {
    LibertyServer.deployApplication();
  }

  /** On every path, also after a failure part-way: no server left running. */
  @AfterEach
  void stopServer() throws Exception {
    LibertyServer.stopIfRunning();
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
    JsonObject whole = first.awaitEnd(firstInstance, JOB_TIMEOUT);
    LibertyServer.stop();
    assertEquals("4", whole.getString("exitStatus"), "the file has bad rows and anomalies");
    List<String> expected = RegistryDump.of("R0");
    long rows = JobTables.importedRows(firstInstance);
    long residents = RegistryDump.count("R0");
    byte[] expectedRejects = Files.readAllBytes(Path.of(input + ".rejects.csv"));
    byte[] expectedAnomalies = Files.readAllBytes(Path.of(input + ".anomalies.csv"));
    RegistryDump.delete("R0");

    LibertyServer.start(START_TIMEOUT);
    BatchClient batch = operator();
    JobWatch watch = new JobWatch();
    // the first report after a start is slow (the application warms up): not while the job runs
    watch.report(watch.latestExecution(firstInstance));
    long instance = batch.start("registry-import", parameters(input));
    long before = 0;
    for (var point : KILL_POINTS) {
      // also past what an earlier execution committed: each restarted execution commits a chunk
      long target = Math.max(point.getValue().applyAsLong(rows), before + 1);
      long execution = watch.latestExecution(instance);
      long seen =
          KillPoint.killWhen(
              point.getKey(), () -> committedRows(watch, execution), n -> n >= target, JOB_TIMEOUT);
      long committed = JobTables.importedRows(instance);
      long imported = RegistryDump.count("R0");
      LOG.info(
          () ->
              "kill point "
                  + point.getKey()
                  + ": at least "
                  + target
                  + " of "
                  + rows
                  + " rows; seen "
                  + seen
                  + ", committed at the kill "
                  + committed
                  + ", residents "
                  + imported
                  + " of "
                  + residents);
      assertTrue(seen >= target && committed >= seen, "killed after the point: " + committed);
      assertTrue(committed > before, "the execution committed rows before the kill: " + committed);
      before = committed;
      assertTrue(committed < rows, "killed before importRows ended: " + committed + " of " + rows);
      assertTrue(imported < residents, "killed mid-way: " + imported + " of " + residents);

      LibertyServer.start(START_TIMEOUT);
      Map<String, String> steps = watch.steps(execution);
      assertNotEquals(
          "COMPLETED", steps.get("importRows"), "the kill fell in importRows: " + steps);
      assertFalse(steps.containsKey("finishImport"), "killed before the step's end: " + steps);
      assertEquals(
          "FAILED",
          batch.latestExecution(instance).getString("batchStatus"),
          "the restarted server marks the killed execution failed");
      watch.report(execution);
      batch.restart(instance);
    }
    JsonObject restarted = batch.awaitEnd(instance, JOB_TIMEOUT);
    LibertyServer.stop();

    assertEquals("COMPLETED", restarted.getString("batchStatus"));
    assertEquals("4", restarted.getString("exitStatus"));
    assertEquals(rows, JobTables.importedRows(instance), "each row counted once");
    assertEquals(expected, RegistryDump.of("R0"));
    assertArrayEquals(expectedRejects, Files.readAllBytes(Path.of(input + ".rejects.csv")));
    assertArrayEquals(expectedAnomalies, Files.readAllBytes(Path.of(input + ".anomalies.csv")));
  }

  /**
   * Rows importRows has committed so far, as the server reports them (its import_progress); fails
   * when the execution ended first, since then no kill can fall before the step's end.
   */
  private static long committedRows(JobWatch watch, long execution) throws Exception {
    JsonObject report = watch.report(execution);
    String status = report.getString("batchStatus");
    if (!status.equals("STARTING") && !status.equals("STARTED")) {
      throw new AssertionError("the import ended before the kill point: " + report);
    }
    return report.isNull("summary") || !report.containsKey("summary")
        ? 0
        : report.getJsonObject("summary").getJsonNumber("read").longValue();
  }

  private static Map<String, String> parameters(Path input) {
    var p = new HashMap<>(PARAMETERS);
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
