package jp.mynacard.pki;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import jp.mynacard.testing.OpenSsl;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableFile;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetachedSignatureTest {
  /** A run's start: after the generated certificate's notBefore, which is a day back. */
  private final Instant signingTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @TempDir Path dir;
  private SigningIdentity identity;

  @BeforeEach
  void generateIdentity() throws IOException, GeneralSecurityException {
    identity =
        SigningIdentity.generatedIfAbsent(
            dir.resolve("key.pem"), certificate(), "CN=test export signing");
  }

  private Path certificate() {
    return dir.resolve("certificate.pem");
  }

  private Path file() throws IOException {
    Path f = dir.resolve("notices.csv");
    if (!Files.exists(f)) {
      Files.writeString(f, "letter_id,address\r\nL1,東京都千代田区\r\n", UTF_8);
    }
    return f;
  }

  private Path signature() {
    return dir.resolve("notices.csv.p7s");
  }

  private Path signed() throws IOException, GeneralSecurityException {
    new DetachedSignature(identity).sign(file(), signature(), signingTime);
    return signature();
  }

  private static void tamper(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    bytes[bytes.length - 3] ^= 0x01;
    Files.write(f, bytes);
  }

  private static SignerInformation onlySigner(CMSSignedData data) {
    Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
    assertEquals(1, signers.size());
    return signers.iterator().next();
  }

  private boolean verifies(Path content, Path signature)
      throws IOException, CMSException, OperatorCreationException {
    CMSSignedData data =
        new CMSSignedData(new CMSProcessableFile(content.toFile()), Files.readAllBytes(signature));
    try {
      return onlySigner(data)
          .verify(new JcaSimpleSignerInfoVerifierBuilder().build(identity.certificate()));
    } catch (CMSSignerDigestMismatchException e) {
      return false;
    }
  }

  @Test
  void detachedSignatureVerifiesAgainstTheFile() throws Exception {
    assertTrue(verifies(file(), signed()));
  }

  @Test
  void signatureDoesNotVerifyWhenOneByteOfTheFileChanges() throws Exception {
    Path signature = signed();
    tamper(file());

    assertFalse(verifies(file(), signature));
  }

  @Test
  void signatureIsDetachedAndCarriesTheSignersCertificateAndSigningTime() throws Exception {
    CMSSignedData data = new CMSSignedData(Files.readAllBytes(signed()));

    assertTrue(data.isDetachedSignature());
    Collection<X509CertificateHolder> certs = data.getCertificates().getMatches(null);
    assertEquals(1, certs.size());
    assertArrayEquals(identity.certificate().getEncoded(), certs.iterator().next().getEncoded());
    Time time =
        Time.getInstance(
            onlySigner(data)
                .getSignedAttributes()
                .get(CMSAttributes.signingTime)
                .getAttrValues()
                .getObjectAt(0));
    assertEquals(signingTime, time.getDate().toInstant());
  }

  @Test
  void signReturnsTheFilesSha256() throws Exception {
    String digest = new DetachedSignature(identity).sign(file(), signature(), signingTime);

    assertEquals(
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file()))),
        digest);
  }

  @Test
  void signingTheSameFileAgainAtTheSameTimeGivesTheSameBytes() throws Exception {
    byte[] first = Files.readAllBytes(signed());

    byte[] second = Files.readAllBytes(signed());

    assertArrayEquals(first, second);
  }

  @Test
  void signingAtAnotherTimeGivesOtherBytes() throws Exception {
    byte[] first = Files.readAllBytes(signed());
    new DetachedSignature(identity).sign(file(), signature(), signingTime.plusSeconds(60));

    assertFalse(Arrays.equals(first, Files.readAllBytes(signature())));
  }

  @Test
  void opensslVerifiesTheSignatureAndRejectsATamperedFile() throws Exception {
    Path signature = signed();

    assertEquals(0, opensslVerify(file(), signature));
    tamper(file());
    assertNotEquals(0, opensslVerify(file(), signature));
  }

  private int opensslVerify(Path content, Path signature) throws Exception {
    return OpenSsl.cmsVerify(content, signature, certificate());
  }
}
