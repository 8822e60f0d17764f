package jp.mynacard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Liberty server the integration tests run against (created by liberty-maven-plugin in
 * pre-integration-test), seen from the test JVM: its folder, ports and users' passwords.
 *
 * <p>Passwords are never committed: unless the environment sets them, each test run draws new ones
 * into the server's server.env (which `bin/server run`, as Arquillian starts it, reads).
 */
public final class ItServer {
  public static final List<String> USERS = List.of("clerk", "call-center", "operator", "auditor");

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

  /** The password of {@code user} as the server knows it. */
  public static String password(String user) {
    String fromEnv = System.getenv(envName(user));
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    return readServerEnv().get(envName(user));
  }

  /** Gives every user a password in server.env, keeping what is there (keystore password). */
  public static void preparePasswords() {
    Map<String, String> env = readServerEnv();
    SecureRandom random = new SecureRandom();
    for (String user : USERS) {
      String name = envName(user);
      String fromEnv = System.getenv(name);
      if (fromEnv != null && !fromEnv.isBlank()) {
        env.put(name, fromEnv);
      } else {
        env.putIfAbsent(name, "it-" + HexFormat.of().formatHex(bytes(random)));
      }
    }
    StringBuilder text = new StringBuilder();
    env.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    try {
      Files.writeString(serverDir().resolve("server.env"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
