package jp.mynacard.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm tools that check the OpenAPI document, Redocly CLI and Prism, at the versions {@code
 * .ci/openapi/package-lock.json} pins. {@code .ci/run} installs them; a test installs them itself
 * when they are missing or the lock file changed ({@code npm ci}), so {@code mvn verify} needs only
 * Node.js and npm on the machine.
 */
final class OpenApiTools {
  static final Path HOME = Path.of(".ci", "openapi");
  static final Path OUTPUT = Path.of("target", "openapi");
  private static final Path STAMP = HOME.resolve("node_modules/.installed-lock-sha256");

  private OpenApiTools() {}

  /** The path of a tool's executable ({@code prism}, {@code redocly}), installed if need be. */
  static synchronized Path tool(String name) {
    try {
      Files.createDirectories(OUTPUT);
      String lock = sha256(HOME.resolve("package-lock.json"));
      Path bin = HOME.resolve("node_modules/.bin").resolve(name);
      if (!Files.isExecutable(bin) || !lock.equals(read(STAMP))) {
        install(lock);
      }
      return bin.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code npm ci}, under a file lock: two test JVMs never install into one folder at once. */
  private static void install(String lock) throws IOException {
    try (FileChannel channel =
            FileChannel.open(
                OUTPUT.resolve("npm-ci.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      if (lock.equals(read(STAMP))) {
        return;
      }
      Path log = OUTPUT.resolve("npm-ci.log");
      int exit =
          run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), HOME, log, 600);
      if (exit != 0) {
        throw new IllegalStateException(
            "npm ci in " + HOME + " failed (" + exit + "); see " + log.toAbsolutePath());
      }
      Files.writeString(STAMP, lock, StandardCharsets.UTF_8);
    }
  }

  /** Runs a command to its end, its output to {@code log}; its exit value. */
  static int run(List<String> command, Path directory, Path log, int timeoutSeconds)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    quiet(builder);
    Process p;
    try {
      p = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          command.get(0)
              + " is not installed: the OpenAPI checks need Node.js and npm (.ci/run"
              + " installs them)",
          e);
    }
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new IllegalStateException(command + " did not end in " + timeoutSeconds + " s");
      }
      return p.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** No telemetry, no update notices: the tools run offline once installed. */
  static void quiet(ProcessBuilder builder) {
    builder.environment().put("REDOCLY_TELEMETRY", "off");
    builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    builder.environment().put("SCARF_ANALYTICS", "false");
    builder.environment().put("DO_NOT_TRACK", "1");
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
