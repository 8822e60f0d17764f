package jp.mynacard.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.mynacard.it.ItServer;

/**
 * The test server driven the way an operator drives it, for tests that must stop, start or kill it
 * themselves: `bin/server start|stop|status` and, for a crash, SIGKILL to its process. A start or
 * stop that did not succeed fails the test: a test that goes on against a server that is not the
 * one it thinks proves nothing, and one that leaves a server running breaks the tests after it.
 */
public final class LibertyServer {
  /** `bin/server status`: 0 running, 1 not running (Liberty's documented exit codes). */
  private static final int RUNNING = 0;

  private LibertyServer() {}

  /** Puts the packaged war (mvn package) into the test server's dropins. */
  public static void deployApplication() throws IOException {
    Files.copy(
        Path.of(System.getProperty("mynacard.war")),
        application(),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  public static void removeApplication() throws IOException {
    Files.deleteIfExists(application());
  }

  private static Path application() {
    return ItServer.serverDir().resolve("dropins/mynacard.war");
  }

  /**
   * Starts the server and waits until the application answers on HTTPS. Fails when `server start`
   * does (also when a server is already running: 1) or when the application does not answer in
   * time, and then stops the server again, so that a failed start leaves none behind.
   */
  public static void start(Duration timeout) throws Exception {
    start(timeout, Map.of());
  }

  /**
   * As {@link #start(Duration)}, with more environment variables for the server (settings the
   * application reads through MicroProfile Config, such as {@code MYNACARD_MAIL_RATE}).
   */
  public static void start(Duration timeout, Map<String, String> environment) throws Exception {
    int exit = run("start", environment);
    if (exit != 0) {
      stopIfRunning();
      throw new AssertionError("server start exited " + exit);
    }
    Instant deadline = Instant.now().plus(timeout);
    String url = "https://localhost:" + ItServer.httpsPort() + "/api/v1/validity/preview";
    while (Instant.now().isBefore(deadline)) {
      try {
        if (Https.send("GET", url, null, null).status() == 401) {
          return; // the application is up and its security with it
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    stopIfRunning();
    throw new AssertionError("the application did not answer within " + timeout);
  }

  /** Stops a running server; fails when it was not running or did not stop. */
  public static void stop() throws Exception {
    int exit = run("stop");
    if (exit != 0) {
      throw new AssertionError("server stop exited " + exit + " (1: it was not running)");
    }
    if (running()) {
      throw new AssertionError("the server still runs after server stop");
    }
  }

  /** For clean-up paths: stops the server when it runs (after a kill or a failure it may not). */
  public static void stopIfRunning() throws Exception {
    if (running()) {
      stop();
    }
  }

  public static boolean running() throws Exception {
    return run("status") == RUNNING;
  }

  /** Kills the server's JVM as a power cut would: no shutdown, no clean-up. */
  public static void kill() throws Exception {
    Path pidFile = ItServer.wlpHome().resolve("usr/servers/.pid").resolve(ItServer.name() + ".pid");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    ProcessHandle server =
        ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no server process " + pid));
    server.destroyForcibly();
    server.onExit().get(60, TimeUnit.SECONDS);
  }

  private static int run(String action) throws Exception {
    return run(action, Map.of());
  }

  private static int run(String action, Map<String, String> environment) throws Exception {
    ProcessBuilder b =
        new ProcessBuilder(
                ItServer.wlpHome().resolve("bin/server").toString(), action, ItServer.name())
            .inheritIO();
    b.environment().putAll(environment);
    Process p = b.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("server " + action + " did not finish");
    }
    return p.exitValue();
  }
}
