package jp.mynacard.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import jp.mynacard.registry.AuditChain;
import jp.mynacard.registry.KeyFile;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of the audit trail's hash chain, kept apart from the database: whoever can change the
 * audit table must not also hold the key that would let them re-chain it. Production sets {@code
 * MYNACARD_AUDIT_KEY} (base64, 32 bytes) from a vault; without it, {@code
 * keys/audit-key.properties} under the server's data folder is used, generated owner-only on first
 * start. Losing the key makes the trail unverifiable (not unreadable): keep it with the number
 * keys.
 */
@ApplicationScoped
public class AuditChainProducer {
  static final String NAME = "audit-key";

  @Inject
  @ConfigProperty(name = "mynacard.audit.key")
  Optional<String> key;

  @Inject
  @ConfigProperty(name = "mynacard.data.dir", defaultValue = "mynacard")
  String dataDir;

  @Produces
  @Singleton
  AuditChain chain() {
    String base64 = key.filter(k -> !k.isBlank()).orElseGet(this::fromFile);
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the audit key is not base64");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException("the audit key must be 32 bytes (base64)");
    }
    return new AuditChain(new SecretKeySpec(bytes, "HmacSHA256"));
  }

  private String fromFile() {
    Path file = Path.of(dataDir, "keys", "audit-key.properties");
    try {
      return KeyFile.read(
              file, List.of(NAME), "audit chain key: without it the audit trail cannot be verified")
          .getProperty(NAME);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the audit key file", e);
    }
  }
}
