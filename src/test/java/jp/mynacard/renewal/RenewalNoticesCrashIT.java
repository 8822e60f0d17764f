package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import jp.mynacard.demo.DemoRegistryGenerator;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.Https;
import jp.mynacard.testing.LibertyServer;
import jp.mynacard.testing.RegistryDump;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once: a renewal-notices run whose server process is killed in the middle, started again
 * and the job restarted, exports the same letters as an uninterrupted run of the same items: none
 * twice, none missing; until it is restarted, no new run may start. Drives the server itself, after
 * the Arquillian tests.
 */
class RenewalNoticesCrashIT {
  private static final String PREFIX = "R0";
  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final Duration START = Duration.ofMinutes(4);

  @BeforeAll
  static void deploy() throws Exception {
    LibertyServer.deployApplication();
    RegistryDump.delete(PREFIX);
  }

  /**
   * Also after a failure part-way: the server stopped (a no-op if it is), and a run left unfinished
   * ended, so that it holds back no later run in this database.
   */
  @AfterAll
  static void cleanUp() throws Exception {
    LibertyServer.stop();
    LibertyServer.removeApplication();
    RegistryDump.delete(PREFIX);
    RegistryDump.endUnfinishedRuns();
  }

  @Test
  void aRunKilledMidwayAndRestartedExportsEachLetterOnce(@TempDir Path dir) throws Exception {
    Path registry = dir.resolve("registry.csv");
    DemoRegistryGenerator.write(
        registry, StandardCharsets.UTF_8, 30_000, 11, LocalDate.of(2026, 4, 1));
    Map<String, String> renewal =
        Map.of(
            "asOf",
            "2026-04-01",
            "allowDistantAsOf",
            "true",
            "leadMonths",
            "60",
            "chunkSize",
            "100",
            "partitions",
            "2",
            "exportDir",
            dir.resolve("exports").toString());

    LibertyServer.start(START);
    BatchClient batch = operator();
    assertEquals(
        "COMPLETED",
        batch
            .awaitEnd(
                batch.start("registry-import", Map.of("inputFile", registry.toString())), TIMEOUT)
            .getString("batchStatus"));
    Instant started = Instant.now();
    long whole = run(batch, renewal);
    Duration uninterrupted = Duration.between(started, Instant.now());
    LibertyServer.stop();
    List<String> expected = rows(dir, whole);
    assertTrue(expected.size() > 1_000, "a run worth interrupting: " + expected.size());
    RegistryDump.forgetNotices(PREFIX);

    LibertyServer.start(START);
    batch = operator();
    long crashed = batch.start("renewal-notices", renewal);
    Thread.sleep(uninterrupted.toMillis() / 2);
    LibertyServer.kill();
    long written = RegistryDump.letters(crashed);
    assertTrue(written > 0 && written < expected.size(), "killed mid-way: " + written + " letters");

    LibertyServer.start(START);
    Https.Response refused =
        Https.send(
            "POST",
            "https://localhost:" + ItServer.httpsPort() + "/api/v1/jobs/renewal-notices",
            Https.basic("operator", ItServer.password("operator")),
            "{\"asOf\":\"2026-04-02\",\"allowDistantAsOf\":true}");
    assertEquals(
        409, refused.status(), "no new run before the crashed one ends: " + refused.body());
    JsonObject conflict = Json.createReader(new StringReader(refused.body())).readObject();
    assertEquals(crashed, conflict.getJsonNumber("instanceId").longValue());
    assertEquals("FAILED", conflict.getString("state"));
    batch = operator();
    batch.restart(crashed);
    JsonObject end = batch.awaitEnd(crashed, TIMEOUT);
    LibertyServer.stop();

    assertEquals("COMPLETED", end.getString("batchStatus"));
    List<String> actual = rows(dir, crashed);
    assertEquals(actual.size(), new HashSet<>(actual).size(), "no letter twice");
    List<String> missing = expected.stream().filter(r -> !actual.contains(r)).limit(5).toList();
    List<String> extra = actual.stream().filter(r -> !expected.contains(r)).limit(5).toList();
    assertTrue(
        missing.isEmpty() && extra.isEmpty() && expected.equals(actual),
        "the same letters as the uninterrupted run: "
            + expected.size()
            + " expected, "
            + actual.size()
            + " exported; missing "
            + missing
            + "; extra "
            + extra);
  }

  private static long run(BatchClient batch, Map<String, String> parameters) throws Exception {
    long instance = batch.start("renewal-notices", parameters);
    assertEquals("COMPLETED", batch.awaitEnd(instance, TIMEOUT).getString("batchStatus"));
    return instance;
  }

  /**
   * The run's export rows for this test's residents (other tests leave theirs in the registry),
   * with the run's number taken out of each letter id.
   */
  private static List<String> rows(Path dir, long run) throws Exception {
    Path csv = dir.resolve("exports/2026-04-01/notices-2026-04-01-" + run + ".csv");
    return Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
        .map(line -> line.replaceFirst("^L20260401-" + run + "-", "L20260401-#-"))
        .filter(line -> line.startsWith("letter_id,") || line.startsWith("L20260401-#-" + PREFIX))
        .toList();
  }

  private static BatchClient operator() {
    return new BatchClient(ItServer.httpsPort(), "operator", ItServer.password("operator"));
  }
}
