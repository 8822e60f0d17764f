package jp.mynacard.validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

  /** The facts that differ from {@code before}, by name; empty when the certificate stays valid. */
  public List<String> changedSince(BasicFacts before) {
    List<String> changed = new ArrayList<>(4);
    if (!Objects.equals(familyName, before.familyName)
        || !Objects.equals(givenName, before.givenName)) {
      changed.add("name");
    }
    if (!Objects.equals(address, before.address)) {
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

  public boolean lapsesSignatureCertificateSince(BasicFacts before) {
    return !changedSince(before).isEmpty();
  }
}
