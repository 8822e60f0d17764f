package jp.mynacard.pki;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A private key and its certificate, read from PEM files. For the embedded default a self-signed
 * pair is generated on first use (owner-only files under the data folder), so the export is signed
 * out of the box; production configures the municipality's own key and certificate.
 */
public record SigningIdentity(PrivateKey key, X509Certificate certificate) {
  private static final Duration VALIDITY = Duration.ofDays(3650);

  /** Reads a configured pair; both files must exist. */
  public static SigningIdentity fromPem(Path keyFile, Path certificateFile)
      throws IOException, GeneralSecurityException {
    return new SigningIdentity(readKey(keyFile), readCertificate(certificateFile));
  }

  /** What a generated certificate is for. */
  public enum Use {
    /** Signing documents (the export): digitalSignature, nonRepudiation; not a CA. */
    DOCUMENTS,
    /** Signing CRLs: a CA certificate with keyCertSign and cRLSign. */
    CRLS
  }

  /** Reads the pair, generating a self-signed document-signing one first if neither exists. */
  public static SigningIdentity generatedIfAbsent(
      Path keyFile, Path certificateFile, String subject)
      throws IOException, GeneralSecurityException {
    return generatedIfAbsent(keyFile, certificateFile, subject, Use.DOCUMENTS);
  }

  /**
   * The configured pair when both files are named, else the self-signed default pair for {@code
   * use}, generated on first use.
   */
  public static SigningIdentity configuredOrDefault(
      Optional<String> keyFile,
      Optional<String> certificateFile,
      Path defaultKey,
      Path defaultCertificate,
      String defaultSubject,
      Use use)
      throws IOException, GeneralSecurityException {
    return keyFile.isPresent() && certificateFile.isPresent()
        ? fromPem(Path.of(keyFile.get()), Path.of(certificateFile.get()))
        : generatedIfAbsent(defaultKey, defaultCertificate, defaultSubject, use);
  }

  /** Reads the pair, generating a self-signed one for {@code use} first if neither file exists. */
  public static SigningIdentity generatedIfAbsent(
      Path keyFile, Path certificateFile, String subject, Use use)
      throws IOException, GeneralSecurityException {
    if (!Files.exists(keyFile) && !Files.exists(certificateFile)) {
      generate(keyFile, certificateFile, subject, use);
    }
    return fromPem(keyFile, certificateFile);
  }

  public static X509Certificate readCertificate(Path file)
      throws IOException, GeneralSecurityException {
    try (PEMParser pem = new PEMParser(Files.newBufferedReader(file, StandardCharsets.US_ASCII))) {
      Object o = pem.readObject();
      if (!(o instanceof X509CertificateHolder holder)) {
        throw new GeneralSecurityException(file + " holds no PEM certificate");
      }
      return new JcaX509CertificateConverter().getCertificate(holder);
    }
  }

  private static PrivateKey readKey(Path file) throws IOException, GeneralSecurityException {
    // a private key others may read protects nothing: refused, not used (issue 11)
    jp.mynacard.registry.KeyFile.refuseLoose(file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser pem = new PEMParser(in)) {
      Object o = pem.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (o instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      if (o instanceof PEMKeyPair pair) {
        return converter.getKeyPair(pair).getPrivate();
      }
      throw new GeneralSecurityException(file + " holds no unencrypted PEM private key");
    }
  }

  private static void generate(Path keyFile, Path certificateFile, String subject, Use use)
      throws IOException, GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(3072, new SecureRandom());
    KeyPair pair = generator.generateKeyPair();
    X500Name name = new X500Name(subject);
    Instant now = Instant.now();
    try {
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(64, new SecureRandom()),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(VALIDITY)),
              name,
              pair.getPublic());
      boolean authority = use == Use.CRLS;
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(
              authority
                  ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                  : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
      X509CertificateHolder holder =
          builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
      Files.createDirectories(keyFile.toAbsolutePath().getParent());
      write(keyFile, pair.getPrivate());
      write(certificateFile, new JcaX509CertificateConverter().getCertificate(holder));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("cannot create the signing certificate", e);
    }
  }

  private static void write(Path file, Object pemObject) throws IOException {
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "pem", ".tmp");
    try {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's ACL applies
    }
    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.US_ASCII);
        JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(pemObject);
    }
    Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
