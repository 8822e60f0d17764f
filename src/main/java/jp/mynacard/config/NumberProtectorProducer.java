package jp.mynacard.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import jp.mynacard.registry.NumberKeys;
import jp.mynacard.registry.NumberProtector;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that protect Individual Numbers. Production sets both keys (base64, 32 bytes) through
 * the environment ({@code MYNACARD_NUMBER_ENCRYPTION_KEY}, {@code MYNACARD_NUMBER_HASH_KEY}) or a
 * vault; without them, the key file under the server's data folder is used, generated on first
 * start. Changing the hash key makes every stored number unfindable: keep the keys with the
 * database's backups.
 */
@ApplicationScoped
public class NumberProtectorProducer {
  @Inject
  @ConfigProperty(name = "mynacard.number.encryption-key")
  Optional<String> encryptionKey;

  @Inject
  @ConfigProperty(name = "mynacard.number.hash-key")
  Optional<String> hashKey;

  @Inject
  @ConfigProperty(name = "mynacard.data.dir", defaultValue = "mynacard")
  String dataDir;

  @Produces
  @Singleton
  NumberProtector protector() {
    NumberKeys keys;
    if (encryptionKey.isPresent() || hashKey.isPresent()) {
      keys = NumberKeys.fromBase64(encryptionKey.orElse(null), hashKey.orElse(null));
    } else {
      try {
        keys = NumberKeys.fromFile(Path.of(dataDir, "keys", "number-keys.properties"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read or create the Individual Number key file", e);
      }
    }
    return new NumberProtector(keys.encryptionKey(), keys.hashKey());
  }
}
