package jp.mynacard.export;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import jp.mynacard.pki.SigningIdentity;

/**
 * The export's settings with an encoding and a vendor certificate a test may switch while the
 * server runs (the real ones come from MicroProfile Config, read once when the bean is created).
 * Only {@link ExportThroughJobIT}'s deployment holds this class, so no other test sees it.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class SwitchableExportSettings extends ExportSettings {
  private volatile Charset charset = StandardCharsets.UTF_8;
  private volatile Path vendorCertificate;

  /** Exports from now on in {@code charset}, encrypted to the certificate in {@code vendor}. */
  public void use(Charset charset, Path vendor) {
    this.charset = charset;
    this.vendorCertificate = vendor;
  }

  public void reset() {
    use(StandardCharsets.UTF_8, null);
  }

  @Override
  public Charset charset() {
    return charset;
  }

  @Override
  public Optional<X509Certificate> vendor() throws IOException, GeneralSecurityException {
    Path vendor = vendorCertificate;
    return vendor == null ? Optional.empty() : Optional.of(SigningIdentity.readCertificate(vendor));
  }
}
