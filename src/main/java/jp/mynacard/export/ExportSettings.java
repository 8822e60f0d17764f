package jp.mynacard.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Optional;
import jp.mynacard.pki.SigningIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The export's environment settings (MicroProfile Config, so also environment variables): {@code
 * mynacard.export.encoding} UTF-8 or windows-31j; {@code mynacard.export.signing.key} and {@code
 * .certificate}, PEM files of the municipality's signing key (without them a self-signed pair is
 * generated under the data folder); {@code mynacard.export.vendor-certificate}, a PEM certificate
 * to encrypt the CSV to (none: not encrypted).
 */
@ApplicationScoped
public class ExportSettings {
  @Inject
  @ConfigProperty(name = "mynacard.export.encoding", defaultValue = "UTF-8")
  String encoding;

  @Inject
  @ConfigProperty(name = "mynacard.export.signing.key")
  Optional<String> signingKey;

  @Inject
  @ConfigProperty(name = "mynacard.export.signing.certificate")
  Optional<String> signingCertificate;

  @Inject
  @ConfigProperty(name = "mynacard.export.vendor-certificate")
  Optional<String> vendorCertificate;

  @Inject
  @ConfigProperty(name = "mynacard.data.dir", defaultValue = "mynacard")
  String dataDir;

  private SigningIdentity identity;

  public Charset charset() {
    return switch (encoding.strip().toLowerCase(Locale.ROOT)) {
      case "utf-8", "utf8" -> StandardCharsets.UTF_8;
      case "windows-31j", "ms932", "cp932" -> Charset.forName("windows-31j");
      default ->
          throw new IllegalStateException(
              "mynacard.export.encoding must be UTF-8 or windows-31j, not " + encoding);
    };
  }

  public synchronized SigningIdentity identity() throws IOException, GeneralSecurityException {
    if (identity == null) {
      identity =
          SigningIdentity.configuredOrDefault(
              signingKey,
              signingCertificate,
              defaultKey(),
              defaultCertificate(),
              "CN=mynacard-lifecycle export signing (self-signed default),O=mynacard-lifecycle",
              SigningIdentity.Use.DOCUMENTS);
    }
    return identity;
  }

  public Optional<X509Certificate> vendor() throws IOException, GeneralSecurityException {
    return vendorCertificate.isEmpty()
        ? Optional.empty()
        : Optional.of(SigningIdentity.readCertificate(Path.of(vendorCertificate.get())));
  }

  /** The signing certificate file the vendor needs to verify signatures. */
  public Path certificateFile() {
    return signingCertificate.map(Path::of).orElse(defaultCertificate());
  }

  private Path defaultKey() {
    return Path.of(dataDir, "keys", "export-signing-key.pem");
  }

  private Path defaultCertificate() {
    return Path.of(dataDir, "keys", "export-signing-certificate.pem");
  }
}
