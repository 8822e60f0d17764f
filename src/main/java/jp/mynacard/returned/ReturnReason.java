package jp.mynacard.returned;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why the post office or the vendor says a letter came back. */
public enum ReturnReason {
  ADDRESS_UNKNOWN,
  REFUSED,
  MOVED,
  OTHER;

  /**
   * The reason a list names, in any letter case and with blanks around it (lists are typed by
   * hand): {@code moved} is {@link #MOVED}; anything else, {@code ADDRESS UNKNOWN} included, is
   * none.
   */
  public static Optional<ReturnReason> named(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
  }

  /** The names a list may use, for messages. */
  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
  }
}
