package jp.mynacard.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.List;
import jp.mynacard.testing.ItCards;
import jp.mynacard.testing.ItCertificates;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.ItRegistry;
import jp.mynacard.testing.RegistryRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11: the CRL is cached and read again from the registry only when the count of certificate
 * changes moved (or the day, or half its validity). Runs inside the server, so a test can change a
 * certificate without counting it and see that the cache, not the registry, answered.
 */
@ExtendWith(ArquillianExtension.class)
class CrlCacheIT {
  @Deployment
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Inject RevocationList crl;
  @Inject ItCertificates certificates;
  @Inject ItRegistry registry;

  private static X509CRL parse(byte[] der) throws Exception {
    return (X509CRL)
        CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
  }

  private static BigInteger serial(String hex) {
    return new BigInteger(hex, 16);
  }

  @Test
  void anUnchangedCountServesTheSameCrlWithoutReadingTheCertificates() throws Exception {
    ItIds ids = ItIds.fresh();
    ItJobs.importRows(List.of(ItCards.valid(ids, 1)));
    String card = ItCards.cardOf(ids, 1);
    BigInteger user = serial(registry.card(card).getUserCertSerial());
    byte[] first = crl.current();

    certificates.revokeUserCertUncounted(card);

    assertArrayEquals(first, crl.current(), "served from the cache: the change was not counted");
    assertNull(parse(crl.current()).getRevokedCertificate(user));

    certificates.countChange();
    X509CRL counted = parse(crl.current());

    assertNotNull(counted.getRevokedCertificate(user), "a counted change is read");
    assertEquals(
        CRLReason.KEY_COMPROMISE, counted.getRevokedCertificate(user).getRevocationReason());
  }

  @Test
  void aSuspensionTheImportReadsFromTheExtractIsInTheNextCrl() throws Exception {
    ItIds ids = ItIds.fresh();
    RegistryRows row = ItCards.valid(ids, 1);
    ItJobs.importRows(List.of(row));
    String card = ItCards.cardOf(ids, 1);
    BigInteger user = serial(registry.card(card).getUserCertSerial());
    BigInteger sign = serial(registry.card(card).getSignCertSerial());
    X509CRL before = parse(crl.current());
    assertNull(before.getRevokedCertificate(user));
    assertArrayEquals(before.getEncoded(), crl.current(), "cached");

    ItJobs.importRows(List.of(row.set("card_status", "SUSPENDED")));
    X509CRL after = parse(crl.current());

    assertNotNull(after.getRevokedCertificate(user), "the import's change was counted");
    assertEquals(
        CRLReason.CERTIFICATE_HOLD, after.getRevokedCertificate(user).getRevocationReason());
    assertEquals(CRLReason.KEY_COMPROMISE, after.getRevokedCertificate(sign).getRevocationReason());
  }
}
