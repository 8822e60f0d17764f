package jp.mynacard.returned;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jp.mynacard.batch.InputEncoding;

/**
 * The parameters of a returned-letters run, checked by the API before it starts and by the job
 * itself (however it was started): {@code inputFile} (required; a path in the import root, which
 * the caller checks) and {@code encoding} ({@code UTF-8}, the default, or {@code windows-31j}).
 * Every other name is refused.
 */
public record ReturnsParameters(String inputFile, Charset charset) {
  public static final List<String> NAMES = List.of("inputFile", "encoding");

  /**
   * @throws IllegalArgumentException naming the parameter and what is wrong with it
   */
  public static ReturnsParameters parse(Map<String, String> raw) {
    for (String name : raw.keySet()) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "unknown parameter '" + name + "'; " + ReturnedLettersJob.NAME + " takes " + NAMES);
      }
    }
    String input = raw.get("inputFile");
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("inputFile is required");
    }
    return new ReturnsParameters(input.strip(), InputEncoding.of(raw.get("encoding")));
  }

  public Properties toJobParameters() {
    Properties p = new Properties();
    p.setProperty("inputFile", inputFile);
    p.setProperty("encoding", charset.name());
    return p;
  }
}
