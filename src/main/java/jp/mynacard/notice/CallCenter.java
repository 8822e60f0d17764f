package jp.mynacard.notice;

import java.util.ArrayList;
import java.util.List;

/** A telephone line residents can call and the languages it answers in. */
public record CallCenter(String number, List<String> languages) {
  public CallCenter {
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("a call center needs a number");
    }
    languages = List.copyOf(languages);
    for (String l : languages) {
      if (!LetterBundles.LANGUAGES.contains(l)) {
        throw new IllegalArgumentException("unknown call-center language " + l);
      }
    }
  }

  /**
   * Parses {@code number=lang lang …} entries separated by {@code ;}, e.g. {@code
   * 0120-95-0178=ja;0120-0178-27=en zh ko es pt th ne id vi tl}.
   */
  public static List<CallCenter> parseAll(String spec) {
    List<CallCenter> centers = new ArrayList<>();
    for (String entry : spec.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "call center '" + entry.strip() + "' needs number=languages");
      }
      List<String> languages = new ArrayList<>();
      for (String l : entry.substring(eq + 1).strip().split("[\\s,]+")) {
        if (!l.isEmpty()) {
          languages.add(l);
        }
      }
      centers.add(new CallCenter(entry.substring(0, eq).strip(), languages));
    }
    return centers;
  }
}
