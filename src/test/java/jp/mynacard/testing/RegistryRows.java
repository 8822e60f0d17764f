package jp.mynacard.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import jp.mynacard.importer.RegistryColumn;

/**
 * Rows of the import layout for tests: a valid national with a card and both certificates by
 * default (born 1980-06-15, card issued 2020-07-01, so it expires 2030-06-15 and the certificates
 * 2025-06-15), each column replaceable by its header name.
 */
public final class RegistryRows {
  private final Map<String, String> values = new LinkedHashMap<>();

  private RegistryRows(String residentId, long number) {
    set("resident_id", residentId);
    set("individual_number", TestNumbers.valid(number));
    set("family_name", "山田");
    set("given_name", "花子");
    set("family_name_kana", "ヤマダ");
    set("given_name_kana", "ハナコ");
    set("birth_date", "1980-06-15");
    set("sex", "F");
    set("postal_code", "305-0032");
    set("address", "みらい市中央1丁目2番3号");
    set("nationality", "JP");
    set("residence_status", "");
    set("stay_expires_on", "");
    set("language", "ja");
    set("email", "");
    set("email_consent", "false");
    set("resident_status", "RESIDENT");
    set("card_id", "C" + residentId);
    set("card_application_received_on", "2020-06-01");
    set("card_issued_on", "2020-07-01");
    set("card_expires_on", "2030-06-15");
    set("card_status", "ACTIVE");
    set("user_cert_serial", String.format("%08X", 0x10000000L + number * 2));
    set("user_cert_issued_on", "2020-07-01");
    set("user_cert_expires_on", "2025-06-15");
    set("sign_cert_serial", String.format("%08X", 0x10000000L + number * 2 + 1));
    set("sign_cert_issued_on", "2020-07-01");
    set("sign_cert_expires_on", "2025-06-15");
  }

  /** A valid row; {@code number} seeds its Individual Number and certificate serials. */
  public static RegistryRows national(String residentId, long number) {
    return new RegistryRows(residentId, number);
  }

  public RegistryRows set(String column, String value) {
    values.put(column, value);
    return this;
  }

  public String get(String column) {
    return values.get(column);
  }

  public RegistryRows withoutCard() {
    for (String c :
        new String[] {
          "card_id",
          "card_application_received_on",
          "card_issued_on",
          "card_expires_on",
          "card_status",
          "user_cert_serial",
          "user_cert_issued_on",
          "user_cert_expires_on",
          "sign_cert_serial",
          "sign_cert_issued_on",
          "sign_cert_expires_on"
        }) {
      values.put(c, "");
    }
    return this;
  }

  /** Values in {@link RegistryColumn} order. */
  public String[] values() {
    String[] out = new String[RegistryColumn.values().length];
    for (RegistryColumn c : RegistryColumn.values()) {
      out[c.ordinal()] = values.get(c.header());
    }
    return out;
  }

  /** One CSV line in header order, quoting only where RFC 4180 requires it. */
  public String csv() {
    StringJoiner line = new StringJoiner(",");
    for (String v : values()) {
      boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
      line.add(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    return line.toString();
  }

  public static String header() {
    return String.join(",", RegistryColumn.headers());
  }
}
