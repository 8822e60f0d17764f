package jp.mynacard.importer;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Typed reading of one row's fields; each failure names its column and the rule broken. */
final class Fields {
  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");

  private final SourceRow row;

  Fields(SourceRow row) {
    this.row = row;
  }

  /**
   * The value, or null when empty; checked against the column's width and for control characters.
   */
  String optional(RegistryColumn column) {
    String v = row.get(column);
    if (v.isEmpty()) {
      return null;
    }
    if (v.length() > column.maxLength() && v.codePointCount(0, v.length()) > column.maxLength()) {
      throw new FieldException(column, "longer than " + column.maxLength() + " characters");
    }
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        throw new FieldException(column, "contains a control character (line break or tab)");
      }
    }
    return v;
  }

  /**
   * {@code yyyy-MM-dd}, strictly: LocalDate.of refuses 2023-02-29 and 2024-13-01. Read by hand
   * because a DateTimeFormatter costs more than the rest of a row's validation (six dates a row).
   */
  static LocalDate isoDate(String v) {
    if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
      throw new DateTimeException("not yyyy-MM-dd");
    }
    return LocalDate.of(digits(v, 0, 4), digits(v, 5, 7), digits(v, 8, 10));
  }

  private static int digits(String v, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeException("not a digit");
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  String required(RegistryColumn column) {
    String v = optional(column);
    if (v == null) {
      throw new FieldException(column, "is required");
    }
    return v;
  }

  /**
   * A name or address to print on an envelope, or null when empty: refused when it holds a
   * character that is invisible or changes the layout of the text around it (format characters such
   * as bidi controls and zero-width characters, U+2028/U+2029, private-use, unassigned and
   * noncharacter code points). Such a character can make an envelope read differently from the
   * registry, or hide text; kanji variation selectors are visible marks and pass.
   */
  String optionalText(RegistryColumn column) {
    String v = optional(column);
    if (v == null) {
      return null;
    }
    int i = 0;
    while (i < v.length()) {
      int cp = v.codePointAt(i);
      if (invisible(cp)) {
        String name = Character.getName(cp);
        throw new FieldException(
            column,
            String.format(
                "holds an invisible or layout character U+%04X%s at character %d",
                cp, name == null ? "" : " (" + name + ")", v.codePointCount(0, i) + 1));
      }
      i += Character.charCount(cp);
    }
    return v;
  }

  String requiredText(RegistryColumn column) {
    String v = optionalText(column);
    if (v == null) {
      throw new FieldException(column, "is required");
    }
    return v;
  }

  private static boolean invisible(int cp) {
    return switch (Character.getType(cp)) {
      case Character.FORMAT,
              Character.LINE_SEPARATOR,
              Character.PARAGRAPH_SEPARATOR,
              Character.PRIVATE_USE,
              Character.UNASSIGNED,
              Character.SURROGATE ->
          true;
      default -> (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
    };
  }

  LocalDate optionalDate(RegistryColumn column) {
    String v = optional(column);
    if (v == null) {
      return null;
    }
    try {
      return isoDate(v);
    } catch (DateTimeException e) {
      throw new FieldException(
          column, Shown.value(v) + " is not a real date in the form yyyy-MM-dd");
    }
  }

  LocalDate requiredDate(RegistryColumn column) {
    LocalDate d = optionalDate(column);
    if (d == null) {
      throw new FieldException(column, "is required");
    }
    return d;
  }

  <E extends Enum<E>> E requiredEnum(RegistryColumn column, Class<E> type) {
    String v = required(column);
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new FieldException(
          column,
          Shown.value(v) + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  boolean flag(RegistryColumn column) {
    String v = optional(column);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new FieldException(column, Shown.value(v) + " is not true or false");
    };
  }

  /**
   * A certificate serial as {@code openssl x509 -serial} prints it (an optional {@code serial=}
   * prefix, hexadecimal), in one canonical form: upper case, even length, no extra leading zeros.
   */
  String serial(RegistryColumn column) {
    String v = optional(column);
    if (v == null) {
      return null;
    }
    String hex = v.regionMatches(true, 0, "serial=", 0, 7) ? v.substring(7) : v;
    if (!HEX.matcher(hex).matches()) {
      throw new FieldException(column, "is not a hexadecimal serial number");
    }
    BigInteger value = new BigInteger(hex, 16);
    if (value.signum() == 0) {
      throw new FieldException(column, "a serial number cannot be zero");
    }
    String canonical = value.toString(16).toUpperCase(Locale.ROOT);
    return canonical.length() % 2 == 0 ? canonical : "0" + canonical;
  }
}
