package jp.mynacard.scripts;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code src/main/scripts/batch-job} (issue 11): the operator's password never on a command line
 * (every user of the machine sees those in {@code ps}), no remote server trusted without a
 * truststore, and batchManager's codes still mapped to 0, 4 and 8. Runs the real script against a
 * stand-in {@code bin/batchManager} that records what it was given: its arguments, its
 * environment's JVM_ARGS, and the control properties file with its permissions, as it existed while
 * batchManager ran.
 */
class BatchJobScriptTest {
  private static final Path SCRIPT = Path.of("src/main/scripts/batch-job").toAbsolutePath();
  private static final String PASSWORD = "op-Pässwörd\\1 =:#!";

  @TempDir Path dir;
  private Path wlp;
  private Path seen;

  @BeforeEach
  void standInBatchManager() throws Exception {
    wlp = dir.resolve("wlp");
    seen = Files.createDirectories(dir.resolve("seen"));
    Path bin = Files.createDirectories(wlp.resolve("bin"));
    Path stub = bin.resolve("batchManager");
    Files.writeString(
        stub,
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "printf '%s\\n' \"$@\" > \"$SEEN/args\"",
            "printf '%s' \"${JVM_ARGS:-}\" > \"$SEEN/jvm_args\"",
            "for a in \"$@\"; do",
            "  case \"$a\" in --controlPropertiesFile=*)",
            "    f=\"${a#*=}\"; echo \"$f\" > \"$SEEN/control_path\"",
            "    stat -c %a \"$f\" > \"$SEEN/control_mode\"; cp \"$f\" \"$SEEN/control\" ;;",
            "  esac",
            "done",
            "exit \"${STUB_EXIT:-35}\"",
            ""));
    Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwx------"));
  }

  private record Run(int status, String stderr) {}

  private Run run(Map<String, String> env, String... parameters) throws Exception {
    ProcessBuilder b = new ProcessBuilder("bash", SCRIPT.toString(), "renewal-notices");
    b.command().addAll(List.of(parameters));
    b.environment().remove("MYNACARD_TRUSTSTORE");
    b.environment().remove("MYNACARD_BATCH_MANAGER");
    b.environment().remove("JVM_ARGS");
    b.environment().put("WLP_HOME", wlp.toString());
    b.environment().put("SEEN", seen.toString());
    b.environment().put("TMPDIR", dir.toString());
    b.environment().put("MYNACARD_OPERATOR_PASSWORD", PASSWORD);
    b.environment().putAll(env);
    b.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = b.start();
    String stderr = new String(p.getErrorStream().readAllBytes(), UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "batch-job did not finish");
    return new Run(p.exitValue(), stderr);
  }

  private List<String> args() throws Exception {
    return Files.readAllLines(seen.resolve("args"), UTF_8);
  }

  @Test
  void thePasswordIsInAnOwnerOnlyFileRemovedAfterwardsNeverOnTheCommandLine() throws Exception {
    Run r = run(Map.of(), "asOf=2026-04-01");

    assertEquals(0, r.status(), r.stderr());
    for (String arg : args()) {
      assertFalse(arg.contains("Pässwörd") || arg.startsWith("--password"), arg);
    }
    assertTrue(args().contains("--user=operator"));
    assertTrue(args().contains("--jobParameter=asOf=2026-04-01"));
    assertEquals("600", Files.readString(seen.resolve("control_mode")).strip());
    assertFalse(
        Files.exists(Path.of(Files.readString(seen.resolve("control_path")).strip())),
        "the control file is removed when batch-job ends");
    // read as batchManager reads it: java.util.Properties from a stream (ISO-8859-1), trimmed
    Properties control = new Properties();
    control.load(
        new StringReader(new String(Files.readAllBytes(seen.resolve("control")), ISO_8859_1)));
    assertEquals(PASSWORD, control.getProperty("--password").strip());
  }

  @Test
  void aRemoteServerWithoutATruststoreIsRefusedBeforeBatchManagerRuns() throws Exception {
    Run r = run(Map.of("MYNACARD_BATCH_MANAGER", "batch.example.lg.jp:9443"));

    assertEquals(8, r.status());
    assertTrue(r.stderr().contains("MYNACARD_TRUSTSTORE"), r.stderr());
    assertFalse(Files.exists(seen.resolve("args")), "batchManager was not started");
  }

  @Test
  void aRemoteServerWithATruststoreIsCheckedAgainstIt() throws Exception {
    Path truststore = Files.writeString(dir.resolve("server-trust.p12"), "stand-in");

    Run r =
        run(
            Map.of(
                "MYNACARD_BATCH_MANAGER",
                "batch.example.lg.jp:9443",
                "MYNACARD_TRUSTSTORE",
                truststore.toString()));

    assertEquals(0, r.status(), r.stderr());
    assertFalse(args().contains("--trustSslCertificates"));
    assertTrue(
        Files.readString(seen.resolve("jvm_args"))
            .contains("-Djavax.net.ssl.trustStore=" + truststore));
  }

  @Test
  void thisMachinesOwnServerMayStillBeTrustedAsPresented() throws Exception {
    for (String local : List.of("localhost:9443", "127.0.0.1:19443", "[::1]:9443")) {
      Run r = run(Map.of("MYNACARD_BATCH_MANAGER", local));

      assertEquals(0, r.status(), local + ": " + r.stderr());
      assertTrue(args().contains("--trustSslCertificates"), local);
    }
  }

  @Test
  void batchManagersCodesStillBecomeZeroFourOrEight() throws Exception {
    Map<String, Integer> expected = Map.of("35", 0, "4", 4, "8", 8, "34", 8, "33", 8, "255", 8);
    for (var e : expected.entrySet()) {
      assertEquals(
          e.getValue(),
          run(Map.of("STUB_EXIT", e.getKey())).status(),
          "batchManager " + e.getKey());
    }
  }
}
