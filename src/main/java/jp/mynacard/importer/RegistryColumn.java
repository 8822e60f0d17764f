package jp.mynacard.importer;

import java.util.Arrays;
import java.util.Locale;
import jp.mynacard.registry.RegistryLimits;

/** The columns of the resident-record extract (DESIGN.md §3.1), with their widths. */
public enum RegistryColumn {
  RESIDENT_ID(RegistryLimits.RESIDENT_ID),
  INDIVIDUAL_NUMBER(12),
  FAMILY_NAME(RegistryLimits.NAME),
  GIVEN_NAME(RegistryLimits.NAME),
  FAMILY_NAME_KANA(RegistryLimits.NAME),
  GIVEN_NAME_KANA(RegistryLimits.NAME),
  BIRTH_DATE(10),
  SEX(1),
  POSTAL_CODE(8),
  ADDRESS(RegistryLimits.ADDRESS),
  NATIONALITY(2),
  RESIDENCE_STATUS(60),
  STAY_EXPIRES_ON(10),
  LANGUAGE(2),
  EMAIL(RegistryLimits.EMAIL),
  EMAIL_CONSENT(5),
  RESIDENT_STATUS(10),
  CARD_ID(RegistryLimits.CARD_ID),
  CARD_APPLICATION_RECEIVED_ON(10),
  CARD_ISSUED_ON(10),
  CARD_EXPIRES_ON(10),
  CARD_STATUS(10),
  USER_CERT_SERIAL(RegistryLimits.SERIAL),
  USER_CERT_ISSUED_ON(10),
  USER_CERT_EXPIRES_ON(10),
  SIGN_CERT_SERIAL(RegistryLimits.SERIAL),
  SIGN_CERT_ISSUED_ON(10),
  SIGN_CERT_EXPIRES_ON(10);

  private final int maxLength;

  RegistryColumn(int maxLength) {
    this.maxLength = maxLength;
  }

  /** The exact header name, e.g. {@code card_issued_on}. */
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  public int maxLength() {
    return maxLength;
  }

  public static String[] headers() {
    return Arrays.stream(values()).map(RegistryColumn::header).toArray(String[]::new);
  }
}
