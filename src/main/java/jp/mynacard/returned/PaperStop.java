package jp.mynacard.returned;

import java.util.Objects;
import jp.mynacard.validity.BasicFacts;

/**
 * Paper letters to a resident stop while the registry still holds the address their last returned
 * letter went to: the same postal code and the same address once written the same way (Unicode NFC,
 * blanks), as the import compares addresses for the signature certificate. A re-formatted extract
 * that only changes blanks is no move, and the next letter would come back too. Any change of
 * postal code or address lifts the stop; so does a later letter that came back from elsewhere.
 */
public final class PaperStop {
  private PaperStop() {}

  public static boolean stopped(
      String returnedPostalCode, String returnedAddress, String postalCode, String address) {
    return Objects.equals(strip(returnedPostalCode), strip(postalCode))
        && BasicFacts.same(returnedAddress, address);
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
