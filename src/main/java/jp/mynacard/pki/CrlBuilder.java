package jp.mynacard.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * X.509 v2 CRLs (RFC 5280) in DER, signed SHA-256 with RSA by the CA identity: a CRL number and the
 * issuer's key identifier as extensions, a reason code on every entry. Everything comes from the
 * arguments, so the same arguments give the same bytes (PKCS #1 v1.5 signatures are deterministic).
 */
public final class CrlBuilder {
  private final SigningIdentity issuer;

  public CrlBuilder(SigningIdentity issuer) {
    this.issuer = issuer;
  }

  public byte[] build(long number, Instant thisUpdate, Instant nextUpdate, List<CrlEntry> entries)
      throws IOException, GeneralSecurityException {
    X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer.certificate(), Date.from(thisUpdate));
    builder.setNextUpdate(Date.from(nextUpdate));
    for (CrlEntry e : entries) {
      builder.addCRLEntry(e.serial(), Date.from(e.revokedAt()), e.reasonCode());
    }
    builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
    try {
      return builder
          .build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.key()))
          .getEncoded();
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("cannot sign the CRL", e);
    }
  }
}
