package jp.mynacard.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
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
    Properties p =
        KeyFile.read(
            file,
            List.of(ENCRYPTION, HASH),
            "Individual Number keys: losing them makes stored numbers unreadable");
    return fromBase64(p.getProperty(ENCRYPTION), p.getProperty(HASH));
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
