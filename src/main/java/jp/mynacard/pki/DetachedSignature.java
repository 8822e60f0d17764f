package jp.mynacard.pki;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import jp.mynacard.batch.SafeFiles;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableFile;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS (PKCS #7) signatures in DER, SHA-256 with RSA, carrying the signer's certificate:
 * {@code openssl cms -verify -binary -inform DER -in f.p7s -content f -CAfile cert.pem}.
 */
public final class DetachedSignature {
  private final SigningIdentity identity;

  public DetachedSignature(SigningIdentity identity) {
    this.identity = identity;
  }

  /**
   * Signs {@code file} into {@code signature}. The signing time is given rather than read from the
   * clock, so signing the same file again for the same run gives the same bytes.
   *
   * @return the file's SHA-256, hex: the digest the signature signs, so a manifest that lists it
   *     need not read a file of a gigabyte or two a second time
   */
  public String sign(Path file, Path signature, Instant signingTime)
      throws IOException, GeneralSecurityException {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      AttributeTable attributes =
          new AttributeTable(
              new Attribute(
                  CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
              .build(
                  new JcaContentSignerBuilder("SHA256withRSA").build(identity.key()),
                  identity.certificate()));
      generator.addCertificates(new JcaCertStore(List.of(identity.certificate())));
      CMSSignedData signed = generator.generate(new CMSProcessableFile(file.toFile()), false);
      try (var out = SafeFiles.newOutputStream(signature)) {
        out.write(signed.getEncoded("DER"));
      }
      return HexFormat.of().formatHex(contentDigest(signed));
    } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
      throw new GeneralSecurityException("cannot sign " + file, e);
    }
  }

  /** The message-digest signed attribute (RFC 5652 §11.2): the content's digest. */
  private static byte[] contentDigest(CMSSignedData signed) {
    SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
    Attribute digest = signer.getSignedAttributes().get(CMSAttributes.messageDigest);
    return ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets();
  }
}
