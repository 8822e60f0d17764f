package jp.mynacard.pki;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorEncryptionTest {
  @TempDir Path dir;

  @Test
  void bytesWrittenThroughTheEncryptingStreamDecryptWithTheVendorsKeyToTheSameBytes()
      throws Exception {
    SigningIdentity vendor =
        SigningIdentity.generatedIfAbsent(
            dir.resolve("vendor-key.pem"), dir.resolve("vendor.pem"), "CN=test mailing vendor");
    String text = "letter_id,addressee\r\nL1,山田 太郎\r\n".repeat(1000);
    Path enveloped = dir.resolve("notices.csv.p7m");

    try (OutputStream out =
        new VendorEncryption(vendor.certificate()).open(Files.newOutputStream(enveloped))) {
      out.write(text.getBytes(UTF_8));
    }

    assertFalse(new String(Files.readAllBytes(enveloped), UTF_8).contains("山田"));
    try (InputStream in = Files.newInputStream(enveloped)) {
      CMSEnvelopedDataParser parser = new CMSEnvelopedDataParser(in);
      assertEquals(CMSAlgorithm.AES256_CBC.getId(), parser.getEncryptionAlgOID());
      Collection<RecipientInformation> recipients = parser.getRecipientInfos().getRecipients();
      assertEquals(1, recipients.size());
      byte[] decrypted =
          recipients.iterator().next().getContent(new JceKeyTransEnvelopedRecipient(vendor.key()));
      assertArrayEquals(text.getBytes(UTF_8), decrypted);
    }
  }
}
