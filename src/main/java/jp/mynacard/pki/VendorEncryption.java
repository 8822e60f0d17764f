package jp.mynacard.pki;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;

/**
 * CMS enveloped data (AES-256-CBC, RSA key transport) to the mailing vendor's certificate, in DER:
 * {@code openssl cms -decrypt -inform DER -in f.p7m -inkey vendor-key.pem}. An encrypting stream in
 * front of the file's own, so a writer's plaintext is encrypted as it is written and never reaches
 * the disk (issue 11), and a million-letter file never sits in memory.
 */
public final class VendorEncryption {
  private final X509Certificate vendor;

  public VendorEncryption(X509Certificate vendor) {
    this.vendor = vendor;
  }

  /**
   * A stream whose bytes go to {@code file} encrypted. Closing it writes the end of the enveloped
   * data and then closes {@code file} (which is how a {@code SafeFiles} stream reaches the disk).
   */
  public OutputStream open(OutputStream file) throws IOException, GeneralSecurityException {
    // the generator writes many small pieces (tags, lengths, cipher blocks): gather them
    OutputStream buffered = new BufferedOutputStream(file, 1 << 16);
    OutputStream enveloped;
    try {
      CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
      generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(vendor));
      enveloped =
          generator.open(
              buffered, new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build());
    } catch (CMSException | GeneralSecurityException | RuntimeException e) {
      file.close(); // the caller gets no stream to close
      throw new GeneralSecurityException(
          "cannot encrypt to " + vendor.getSubjectX500Principal(), e);
    }
    return new FilterOutputStream(enveloped) {
      private boolean closed;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        enveloped.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return; // writers close their stream, and so does try-with-resources
        }
        closed = true;
        try (buffered) {
          enveloped.close(); // the CMS trailer; the generator leaves the file open
        }
      }
    };
  }
}
