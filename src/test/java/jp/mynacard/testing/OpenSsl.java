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
