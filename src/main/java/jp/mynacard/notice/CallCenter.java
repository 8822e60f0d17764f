package jp.mynacard.notice;

import java.util.ArrayList;
import java.util.List;

/** A telephone line residents can call, the languages it answers in and when (per language). */
public record CallCenter(String number, List<Answering> answering) {
  /** Some languages a line answers in, and when (hours null when the configuration gives none). */
  public record Answering(List<String> languages, AnswerHours hours) {
    public Answering {
      languages = List.copyOf(languages);
      for (String l : languages) {
        if (!LetterBundles.LANGUAGES.contains(l)) {
          throw new IllegalArgumentException("unknown call-center language " + l);
        }
      }
    }
  }

  public CallCenter {
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("a call center needs a number");
    }
    answering = List.copyOf(answering);
  }

  /**
   * Parses {@code number=languages[@hours][|languages[@hours]…]} entries separated by {@code ;},
   * e.g. {@code 0120-95-0178=ja@09:30-20:00/09:30-17:30;0120-0178-27=en zh ko es pt@24h|th ne
   * id@09:00-18:00|vi tl@10:00-19:00} (hours: see {@link AnswerHours#parse}).
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
      List<Answering> groups = new ArrayList<>();
      for (String group : entry.substring(eq + 1).split("\\|")) {
        int at = group.indexOf('@');
        String codes = at < 0 ? group : group.substring(0, at);
        List<String> languages = new ArrayList<>();
        for (String l : codes.strip().split("[\\s,]+")) {
          if (!l.isEmpty()) {
            languages.add(l);
          }
        }
        groups.add(
            new Answering(languages, at < 0 ? null : AnswerHours.parse(group.substring(at + 1))));
      }
      centers.add(new CallCenter(entry.substring(0, eq).strip(), groups));
    }
    return centers;
  }
}
