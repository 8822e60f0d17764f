package jp.mynacard.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The vendor's view of a signed export: {@code openssl cms -verify}, as the README gives it. */
public final class OpenSsl {
  private OpenSsl() {}

  /** The exit status of verifying a detached DER signature of a file against a CA certificate. */
  public static int cmsVerify(Path content, Path signature, Path caCertificate) throws Exception {
    Process p =
        new ProcessBuilder(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                signature.toString(),
                "-content",
                content.toString(),
                "-CAfile",
                caCertificate.toString(),
                "-out",
                "/dev/null")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "openssl did not finish");
    return p.exitValue();
  }

  /**
   * What the vendor reads from an encrypted export file: {@code openssl cms -decrypt -binary
   * -inform DER -in f.p7m -inkey vendor-key.pem}, the plaintext taken from standard output.
   */
  public static byte[] cmsDecrypt(Path enveloped, Path vendorKey) throws Exception {
    Process p =
        new ProcessBuilder(
                "openssl",
                "cms",
                "-decrypt",
                "-binary",
                "-inform",
                "DER",
                "-in",
                enveloped.toString(),
                "-inkey",
                vendorKey.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    byte[] plain = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "openssl did not finish");
    assertTrue(p.exitValue() == 0, "openssl cms -decrypt failed on " + enveloped);
    return plain;
  }

  /** What {@code openssl crl -inform DER -CAfile ca -text -noout} printed and its exit status. */
  public record Output(int status, String text) {}

  public static Output crl(Path der, Path caCertificate) throws Exception {
    Process p =
        new ProcessBuilder(
                "openssl",
                "crl",
                "-inform",
                "DER",
                "-in",
                der.toString(),
                "-CAfile",
                caCertificate.toString(),
                "-text",
                "-noout")
            .redirectErrorStream(true)
            .start();
    String text =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "openssl did not finish");
    return new Output(p.exitValue(), text);
  }
}
