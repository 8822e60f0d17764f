package jp.mynacard.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningIdentityTest {
  private static final String SUBJECT = "CN=test export signing,O=mynacard-lifecycle";

  @TempDir Path dir;

  private Path key() {
    return dir.resolve("keys/key.pem");
  }

  private Path certificate() {
    return dir.resolve("keys/certificate.pem");
  }

  private SigningIdentity identity() throws IOException, GeneralSecurityException {
    return SigningIdentity.generatedIfAbsent(key(), certificate(), SUBJECT);
  }

  @Test
  void absentIdentityIsGeneratedAsPemFilesWithAnOwnerOnlyKey()
      throws IOException, GeneralSecurityException {
    identity();

    assertTrue(Files.readString(key()).matches("(?s)-----BEGIN (RSA )?PRIVATE KEY-----.*"));
    assertTrue(Files.readString(certificate()).startsWith("-----BEGIN CERTIFICATE-----"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key())));
  }

  @Test
  void existingIdentityIsReadNotReplaced() throws IOException, GeneralSecurityException {
    SigningIdentity first = identity();
    byte[] keyFile = Files.readAllBytes(key());

    SigningIdentity second = identity();

    assertArrayEquals(first.key().getEncoded(), second.key().getEncoded());
    assertEquals(first.certificate(), second.certificate());
    assertArrayEquals(keyFile, Files.readAllBytes(key()));
  }

  @Test
  void generatedCertificateIsASelfSignedSigningCertificate()
      throws IOException, GeneralSecurityException {
    X509Certificate c = identity().certificate();

    assertTrue(c.getKeyUsage()[0], "digitalSignature");
    assertEquals(-1, c.getBasicConstraints(), "not a CA");
    assertEquals(c.getSubjectX500Principal(), c.getIssuerX500Principal());
    c.verify(c.getPublicKey());
    c.checkValidity();
  }

  @Test
  void configuredPairIsReadFromItsPemFiles() throws IOException, GeneralSecurityException {
    SigningIdentity generated = identity();

    SigningIdentity read = SigningIdentity.fromPem(key(), certificate());

    assertArrayEquals(generated.key().getEncoded(), read.key().getEncoded());
    assertEquals(generated.certificate(), SigningIdentity.readCertificate(certificate()));
  }

  @Test
  void aPrivateKeyFileOthersMayReadIsRefused() throws IOException, GeneralSecurityException {
    identity();
    java.nio.file.Files.setPosixFilePermissions(
        key(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    IllegalStateException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> SigningIdentity.fromPem(key(), certificate()));
    assertTrue(refused.getMessage().contains("chmod 600"), refused.getMessage());
  }
}
