package jp.mynacard.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every language has every text, with the same placeholders as the Japanese original. */
class LetterBundlesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  static Iterable<String> languages() {
    return LetterBundles.LANGUAGES;
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyBundleHasExactlyTheJapaneseKeys(String language) {
    assertEquals(
        keys(LetterBundles.bundle("ja")),
        keys(LetterBundles.bundle(language)),
        "keys of letters_" + language + ".properties");
  }

  @ParameterizedTest
  @MethodSource("languages")
  void everyTextHasTheJapanesePlaceholdersAndIsNotEmpty(String language) {
    ResourceBundle ja = LetterBundles.bundle("ja");
    ResourceBundle b = LetterBundles.bundle(language);
    for (String key : ja.keySet()) {
      String text = b.getString(key);
      assertFalse(text.isBlank(), language + " " + key + " is empty");
      assertEquals(placeholders(ja.getString(key)), placeholders(text), language + " " + key);
    }
  }

  private static Set<String> keys(ResourceBundle b) {
    return new TreeSet<>(b.keySet());
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
