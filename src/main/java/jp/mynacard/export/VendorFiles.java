package jp.mynacard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import jp.mynacard.batch.SafeFiles;
import jp.mynacard.pki.VendorEncryption;

/**
 * How the files with letters in them (the notices CSV and the printable texts) are written: with a
 * vendor certificate, as {@code <name>.p7m} through an encrypting stream straight into the new,
 * owner-only {@code .partial} file, so the plaintext never touches the disk, not even for a moment
 * (issue 11); without one, as {@code <name>} in plain. Either way under a {@code .partial} name
 * first, renamed when whole.
 */
final class VendorFiles {
  private final Optional<VendorEncryption> encryption;

  VendorFiles(Optional<X509Certificate> vendor) {
    this.encryption = vendor.map(VendorEncryption::new);
  }

  /** The {@code .partial} file that becomes the delivered form of {@code file}. */
  Path partial(Path file) {
    return Path.of(file + (encryption.isPresent() ? ".p7m" : "") + ".partial");
  }

  /** A stream into a new {@code partial} file, encrypting when a vendor certificate is set. */
  OutputStream open(Path partial) throws IOException, GeneralSecurityException {
    OutputStream file = SafeFiles.newOutputStream(partial);
    return encryption.isEmpty() ? file : encryption.get().open(file);
  }
}
