package jp.mynacard.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mynacard.api.BadRequest;

/**
 * The operator's parameters as typed: one {@code name=value} per line, blank lines and lines
 * starting with # ignored. Names and values are checked by the job's own parameter rules after
 * this; here only the shape.
 */
final class JobParameterText {
  private JobParameterText() {}

  static Map<String, String> parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text == null) {
      return values;
    }
    int n = 0;
    for (String line : text.split("\\R")) {
      n++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int eq = l.indexOf('=');
      if (eq <= 0) {
        // the line number only: the line may hold a path or anything else
        throw new BadRequest("parameters line " + n + " is not name=value");
      }
      String name = l.substring(0, eq).strip();
      if (values.containsKey(name)) {
        throw new BadRequest("parameter '" + name + "' is given twice (line " + n + ")");
      }
      values.put(name, l.substring(eq + 1).strip());
    }
    return values;
  }
}
