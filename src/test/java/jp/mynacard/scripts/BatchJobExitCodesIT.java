package jp.mynacard.scripts;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.mynacard.it.ItServer;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.RegistryRows;
import jp.mynacard.testing.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12, the README's promise on {@code batch-job}: against a real server and Liberty's real
 * batchManager (not a stand-in), it exits 0 for a job that COMPLETED, 4 for one that completed with
 * warnings (a rejected row), 8 for one that FAILED (a parameter out of range), and 8 rather than
 * batchManager's 255 when the server cannot be reached.
 */
@ExtendWith(ArquillianExtension.class)
class BatchJobExitCodesIT {
  private static final Path SCRIPT = Path.of("src/main/scripts/batch-job").toAbsolutePath();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Test
  void completedWarningsAndFailedExitWith0And4And8() throws Exception {
    ItIds ids = ItIds.fresh();
    Path clean = extract(ids.national(1).csv());
    Path rejected =
        extract(
            ids.national(2).csv(),
            ids.national(3)
                .set("individual_number", TestNumbers.wrongCheckDigit(ids.numberBase() + 3))
                .csv());

    Ended completed = batchJob(Map.of(), "inputFile=" + clean);
    Ended warned = batchJob(Map.of(), "inputFile=" + rejected);
    Ended failed = batchJob(Map.of(), "inputFile=" + clean, "partitions=99");

    assertEquals(0, completed.code(), completed.output());
    assertEquals(4, warned.code(), warned.output());
    assertEquals(8, failed.code(), failed.output());
  }

  @Test
  void aServerThatCannotBeReachedIs8NotBatchManagers255() throws Exception {
    Path clean = extract(ItIds.fresh().national(1).csv());

    Ended unreachable =
        batchJob(Map.of("MYNACARD_BATCH_MANAGER", "localhost:1"), "inputFile=" + clean);

    assertEquals(8, unreachable.code(), unreachable.output());
  }

  private static Path extract(String... rows) throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(RegistryRows.header());
    lines.addAll(List.of(rows));
    Path file = Files.createTempDirectory("it-batch-job").resolve("registry.csv");
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", UTF_8);
    return file;
  }

  private record Ended(int code, String output) {}

  /** Runs {@code batch-job registry-import parameters...} as a scheduler would; its exit code. */
  private static Ended batchJob(Map<String, String> env, String... parameters) throws Exception {
    ProcessBuilder b = new ProcessBuilder("bash", SCRIPT.toString(), "registry-import");
    b.command().addAll(List.of(parameters));
    b.environment().remove("MYNACARD_TRUSTSTORE");
    b.environment().put("WLP_HOME", ItServer.wlpHome().toAbsolutePath().toString());
    b.environment().put("MYNACARD_BATCH_MANAGER", "localhost:" + ItServer.httpsPort());
    b.environment().put("MYNACARD_APPLICATION", "mynacard");
    b.environment().put("MYNACARD_OPERATOR_PASSWORD", ItServer.password("operator"));
    b.environment().putAll(env);
    b.redirectErrorStream(true);
    Process p = b.start();
    String output = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "batch-job did not end: " + output);
    return new Ended(p.exitValue(), output);
  }
}
