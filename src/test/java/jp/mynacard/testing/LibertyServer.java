package jp.mynacard.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import jp.mynacard.it.ItServer;

/**
 * The test server driven the way an operator drives it, for tests that must stop, start or kill it
 * themselves: `bin/server start|stop` and, for a crash, SIGKILL to its process.
 */
public final class LibertyServer {
  private LibertyServer() {}

  /** Starts the server and waits until the application answers on HTTPS. */
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

  public static void start(Duration timeout) throws Exception {
    run("start");
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
    throw new AssertionError("the server did not start within " + timeout);
  }

  public static void stop() throws Exception {
    run("stop");
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

  private static void run(String action) throws Exception {
    Process p =
        new ProcessBuilder(
                ItServer.wlpHome().resolve("bin/server").toString(), action, ItServer.name())
            .inheritIO()
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("server " + action + " did not finish");
    }
  }
}
