package jp.mynacard.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import jp.mynacard.batch.SafeFiles;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;

/**
 * CMS enveloped data (AES-256-CBC, RSA key transport) to the mailing vendor's certificate, in DER:
 * {@code openssl cms -decrypt -inform DER -in f.p7m -inkey vendor-key.pem}. Streams, so a
 * million-letter file never sits in memory.
 */
public final class VendorEncryption {
  private final X509Certificate vendor;

  public VendorEncryption(X509Certificate vendor) {
    this.vendor = vendor;
  }

  public void encrypt(Path plain, Path enveloped) throws IOException, GeneralSecurityException {
    try {
      CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
      generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(vendor));
      try (OutputStream file = SafeFiles.newOutputStream(enveloped);
          OutputStream out =
              generator.open(
                  file, new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build());
          InputStream in = Files.newInputStream(plain)) {
        in.transferTo(out);
      }
    } catch (CMSException e) {
      throw new GeneralSecurityException("cannot encrypt " + plain, e);
    }
  }
}
