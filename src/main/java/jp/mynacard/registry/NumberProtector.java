package jp.mynacard.registry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import jp.mynacard.validity.IndividualNumber;

/**
 * Seals Individual Numbers with AES-256-GCM and derives their HMAC-SHA-256 look-up hash.
 *
 * <p>The resident id is bound to each sealed value as associated data, so a sealed number copied
 * onto another resident's row fails to open instead of silently moving. The sealed text starts with
 * a key version so that keys can be rotated later without guessing.
 */
public final class NumberProtector {
  private static final String VERSION = "1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey encryptionKey;
  private final SecretKey hashKey;
  private final SecureRandom random = new SecureRandom();
  // one Mac and one Cipher per thread: creating them per number costs a provider look-up and an
  // AES key expansion each time, a third of the import's validation time
  private final ThreadLocal<Mac> macs;
  private final ThreadLocal<Cipher> ciphers;

  public NumberProtector(SecretKey encryptionKey, SecretKey hashKey) {
    this.encryptionKey = encryptionKey;
    this.hashKey = hashKey;
    this.macs = ThreadLocal.withInitial(this::newMac);
    this.ciphers = ThreadLocal.withInitial(NumberProtector::newCipher);
    newMac(); // fail at start-up, not on the first row, if the key is unusable
  }

  /** The keyed hash used to find a resident by number: 64 lower-case hex digits. */
  public String hash(IndividualNumber number) {
    byte[] digest = macs.get().doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(digest);
  }

  public String seal(IndividualNumber number, String residentId) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(residentId.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
      byte[] out = new byte[IV_BYTES + sealed.length];
      System.arraycopy(iv, 0, out, 0, IV_BYTES);
      System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
      return VERSION + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal an Individual Number", e);
    }
  }

  public IndividualNumber unseal(String sealed, String residentId) {
    if (sealed == null || !sealed.startsWith(VERSION)) {
      throw new IllegalArgumentException("unknown sealed-number format");
    }
    try {
      byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
      Cipher cipher = ciphers.get();
      cipher.init(
          Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(residentId.getBytes(StandardCharsets.UTF_8));
      byte[] digits = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
      return IndividualNumber.parse(new String(digits, StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealed Individual Number does not open with this key", e);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is not available", e);
    }
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("unusable hash key", e);
    }
  }
}
