package jp.mynacard.batch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encodings an input file of a job may be in (DESIGN.md §3.1): UTF-8 by default, or Windows-31J
 * (Shift_JIS as Japanese Windows writes it), under the names operators use for them.
 */
public final class InputEncoding {
  private InputEncoding() {}

  /**
   * @param encoding the job parameter; null or blank for UTF-8
   * @throws IllegalArgumentException for any other encoding
   */
  public static Charset of(String encoding) {
    String e = encoding == null || encoding.isBlank() ? "UTF-8" : encoding.strip();
    return switch (e.toLowerCase(Locale.ROOT)) {
      case "utf-8", "utf8" -> StandardCharsets.UTF_8;
      case "windows-31j", "ms932", "cp932" -> Charset.forName("windows-31j");
      default ->
          throw new IllegalArgumentException("encoding must be UTF-8 or windows-31j, not " + e);
    };
  }
}
