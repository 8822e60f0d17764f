package jp.mynacard.it;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The Liberty server the integration tests run against (created by liberty-maven-plugin in
 * pre-integration-test), seen from the test JVM: its folder, ports and users' passwords.
 *
 * <p>Passwords are never committed: unless the environment sets them, each test run draws new ones
 * into the server's server.env (which `bin/server run`, as Arquillian starts it, reads), the
 * clerk's hashed ({@link #ENCODED_USER}).
 */
public final class ItServer {
  public static final List<String> USERS = List.of("clerk", "call-center", "operator", "auditor");
  private static final String PLAIN = "it-passwords.properties";

  private ItServer() {}

  public static Path wlpHome() {
    return Path.of(System.getProperty("liberty.wlp.home", "target/liberty/wlp"));
  }

  public static String name() {
    return System.getProperty("liberty.server.name", "mynacard-it");
  }

  public static Path serverDir() {
    return wlpHome().resolve("usr/servers").resolve(name());
  }

  public static int httpsPort() {
    return Integer.parseInt(System.getProperty("mynacard.it.https.port", "19443"));
  }

  public static String envName(String user) {
    return "MYNACARD_" + user.toUpperCase().replace('-', '_') + "_PASSWORD";
  }

  /**
   * The user whose password the test server is given hashed ({@code securityUtility encode
   * --encoding=hash}), as the README tells operators to: every test that logs in as this user
   * proves that Liberty's registry takes an encoded password and that nothing of ours reads it as
   * the password itself.
   */
  public static final String ENCODED_USER = "clerk";

  /** The (plain) password {@code user} logs in with. */
  public static String password(String user) {
    String fromEnv = System.getenv(envName(user));
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    String plain = readPlain().getProperty(user);
    return plain != null ? plain : readServerEnv().get(envName(user));
  }

  /**
   * Gives every user a password in server.env, keeping what is there (keystore password). The plain
   * passwords are kept beside it in a file only the tests read, since the encoded user's one cannot
   * be read back from server.env.
   */
  public static void preparePasswords() {
    Map<String, String> env = readServerEnv();
    Properties plain = readPlain();
    SecureRandom random = new SecureRandom();
    for (String user : USERS) {
      String name = envName(user);
      String fromEnv = System.getenv(name);
      String password;
      if (fromEnv != null && !fromEnv.isBlank()) {
        password = fromEnv;
      } else if (plain.getProperty(user) != null && env.containsKey(name)) {
        password = plain.getProperty(user);
      } else {
        password = "it-" + HexFormat.of().formatHex(bytes(random));
      }
      plain.setProperty(user, password);
      env.put(name, user.equals(ENCODED_USER) ? hashed(password) : password);
    }
    StringBuilder text = new StringBuilder();
    env.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    try {
      Files.writeString(serverDir().resolve("server.env"), text, StandardCharsets.UTF_8);
      Path file = serverDir().resolve(PLAIN);
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        plain.store(out, "the integration tests' users' plain passwords; Liberty never reads this");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code securityUtility encode --encoding=hash}, the command the README gives. */
  private static String hashed(String password) {
    try {
      Process p =
          new ProcessBuilder(
                  wlpHome().resolve("bin/securityUtility").toString(),
                  "encode",
                  "--encoding=hash",
                  password)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.startsWith("{hash}")) {
        throw new IllegalStateException("securityUtility encode --encoding=hash failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Properties readPlain() {
    Properties plain = new Properties();
    Path file = serverDir().resolve(PLAIN);
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        plain.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return plain;
  }

  private static byte[] bytes(SecureRandom random) {
    byte[] b = new byte[12];
    random.nextBytes(b);
    return b;
  }

  private static Map<String, String> readServerEnv() {
    Map<String, String> env = new LinkedHashMap<>();
    Path file = serverDir().resolve("server.env");
    try {
      if (Files.exists(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          int eq = line.indexOf('=');
          if (eq > 0) {
            env.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return env;
  }
}
