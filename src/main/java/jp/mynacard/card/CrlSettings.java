package jp.mynacard.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Optional;
import jp.mynacard.pki.SigningIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CRL's settings (MicroProfile Config, so also environment variables): {@code
 * mynacard.crl.signing.key} and {@code .certificate}, PEM files of the CA key that signs the CRL
 * (without them a self-signed CA pair is generated under the data folder, {@code
 * keys/crl-ca-certificate.pem}); {@code mynacard.crl.validity}, the time from a CRL's thisUpdate to
 * its nextUpdate (PT24H). A new CRL is issued when its entries change or half its validity has
 * passed.
 */
@ApplicationScoped
public class CrlSettings {
  @Inject
  @ConfigProperty(name = "mynacard.crl.signing.key")
  Optional<String> key;

  @Inject
  @ConfigProperty(name = "mynacard.crl.signing.certificate")
  Optional<String> certificate;

  @Inject
  @ConfigProperty(name = "mynacard.crl.validity", defaultValue = "PT24H")
  String validity;

  @Inject
  @ConfigProperty(name = "mynacard.data.dir", defaultValue = "mynacard")
  String dataDir;

  private SigningIdentity identity;

  public synchronized SigningIdentity identity() throws IOException, GeneralSecurityException {
    if (identity == null) {
      identity =
          SigningIdentity.configuredOrDefault(
              key,
              certificate,
              Path.of(dataDir, "keys", "crl-ca-key.pem"),
              certificateFile(),
              "CN=mynacard-lifecycle CRL issuer (self-signed default),O=mynacard-lifecycle",
              SigningIdentity.Use.CRLS);
    }
    return identity;
  }

  /** The CA certificate relying parties verify the CRL with. */
  public Path certificateFile() {
    return certificate.map(Path::of).orElse(Path.of(dataDir, "keys", "crl-ca-certificate.pem"));
  }

  public Duration validity() {
    Duration d = Duration.parse(validity);
    if (d.isNegative() || d.toMinutes() < 10) {
      throw new IllegalStateException("mynacard.crl.validity must be at least PT10M, not " + d);
    }
    return d;
  }
}
