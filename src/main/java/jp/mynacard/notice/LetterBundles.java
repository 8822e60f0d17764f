package jp.mynacard.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The letter texts, one bundle per language ({@code letters_<lang>.properties}, UTF-8). Loaded by
 * file name rather than {@link ResourceBundle#getBundle(String, Locale)}: its locale fallback would
 * quietly answer a missing language or key from the server's default locale, and Java maps some
 * codes (id, tl) to others.
 */
public final class LetterBundles {
  /** The call-center languages, every one with a complete bundle (DESIGN.md §3.1). */
  public static final List<String> LANGUAGES =
      List.of("ja", "en", "zh", "ko", "es", "pt", "th", "ne", "id", "vi", "tl");

  private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
  private static final Map<String, String> PLAIN = new ConcurrentHashMap<>();
  // Parsed once per thread: a mass run renders hundreds of thousands of letters of some thirty
  // texts each, on several threads, and MessageFormat is not thread-safe (one shared instance
  // behind a lock made the threads queue for it).
  private static final ThreadLocal<Map<String, MessageFormat>> FORMATS =
      ThreadLocal.withInitial(HashMap::new);

  private LetterBundles() {}

  public static ResourceBundle bundle(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("no letter texts in language " + language);
    }
    return BUNDLES.computeIfAbsent(language, LetterBundles::load);
  }

  /** The text of {@code key} with its arguments, in {@code language}. */
  public static String text(String language, String key, Object... args) {
    if (args.length == 0) {
      // most of a letter's texts take no argument: formatted once, not once per letter
      return PLAIN.computeIfAbsent(language + '\u0000' + key, k -> format(language, key));
    }
    return format(language, key, args);
  }

  private static String format(String language, String key, Object... args) {
    return FORMATS
        .get()
        .computeIfAbsent(
            language + '\u0000' + key,
            k -> new MessageFormat(bundle(language).getString(key), locale(language)))
        .format(args);
  }

  public static Locale locale(String language) {
    return Locale.forLanguageTag(language);
  }

  private static ResourceBundle load(String language) {
    String name = "letters_" + language + ".properties";
    try (InputStream in = LetterBundles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing letter bundle " + name);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
