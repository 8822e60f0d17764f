package jp.mynacard.validity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The four basic facts written into the signature certificate (name, address, birth date, sex).
 *
 * <p>A change to any of them makes the signature certificate lapse; the user-identification
 * certificate holds none of them and stays valid (guidance 000, "Invalidation of the electronic
 * certificate for signature due to moving"). Kana readings and the postal code are not in the
 * certificate, so they do not count.
 */
public record BasicFacts(
    String familyName, String givenName, String address, LocalDate birthDate, String sex) {
  private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000\\u00A0]+");

  /** The facts that differ from {@code before}, by name; empty when the certificate stays valid. */
  public List<String> changedSince(BasicFacts before) {
    List<String> changed = new ArrayList<>(4);
    if (!same(familyName, before.familyName) || !same(givenName, before.givenName)) {
      changed.add("name");
    }
    if (!same(address, before.address)) {
      changed.add("address");
    }
    if (!Objects.equals(birthDate, before.birthDate)) {
      changed.add("birth_date");
    }
    if (!Objects.equals(sex, before.sex)) {
      changed.add("sex");
    }
    return changed;
  }

  /**
   * Whether two texts say the same once written the same way: Unicode NFC, no blanks at either end,
   * every run of blanks (also the full-width U+3000) one space. A re-formatted extract (a trailing
   * blank, decomposed kana, a full-width blank between names) must not revoke a certificate: that
   * cannot be undone, and would cost every resident a trip to the counter.
   */
  public static boolean same(String a, String b) {
    return Objects.equals(a, b) || Objects.equals(comparable(a), comparable(b));
  }

  private static String comparable(String s) {
    return s == null
        ? null
        : BLANKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFC).strip()).replaceAll(" ");
  }

  public boolean lapsesSignatureCertificateSince(BasicFacts before) {
    return !changedSince(before).isEmpty();
  }
}
