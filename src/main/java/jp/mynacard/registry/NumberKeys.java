package jp.mynacard.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two keys that protect Individual Numbers: given explicitly (production: from the environment
 * or a vault through MicroProfile Config), or read from a key file that is generated on first use
 * (the embedded default keeps it in the server's output folder, never in git).
 */
public record NumberKeys(SecretKey encryptionKey, SecretKey hashKey) {
  static final String ENCRYPTION = "encryption-key";
  static final String HASH = "hash-key";

  public static NumberKeys fromBase64(String encryptionKey, String hashKey) {
    return new NumberKeys(
        new SecretKeySpec(decode(encryptionKey, ENCRYPTION, 32), "AES"),
        new SecretKeySpec(decode(hashKey, HASH, 32), "HmacSHA256"));
  }

  /** Reads {@code file}, creating it with fresh random keys (owner-only) when absent. */
  public static NumberKeys fromFile(Path file) throws IOException {
    if (!Files.exists(file)) {
      create(file);
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    }
    return fromBase64(p.getProperty(ENCRYPTION), p.getProperty(HASH));
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    SecureRandom random = new SecureRandom();
    Properties p = new Properties();
    p.setProperty(ENCRYPTION, randomKey(random));
    p.setProperty(HASH, randomKey(random));
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "keys", ".tmp");
    try {
      restrictToOwner(temp);
      try (OutputStream out = Files.newOutputStream(temp)) {
        p.store(out, "Individual Number keys: losing them makes stored numbers unreadable");
      }
      // a hard link appears whole and fails if the file exists: of two servers starting at the
      // same moment, the second keeps the first one's keys (a rename would replace them)
      Files.createLink(file, temp);
    } catch (FileAlreadyExistsException raced) {
      // keep the keys already there
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void restrictToOwner(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's ACL applies
    }
  }

  private static String randomKey(SecureRandom random) {
    byte[] key = new byte[32];
    random.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static byte[] decode(String base64, String name, int bytes) {
    if (base64 == null || base64.isBlank()) {
      throw new IllegalStateException("the " + name + " is not configured");
    }
    byte[] key = Base64.getDecoder().decode(base64.strip());
    if (key.length != bytes) {
      throw new IllegalStateException("the " + name + " must be " + bytes + " bytes (base64)");
    }
    return key;
  }
}
