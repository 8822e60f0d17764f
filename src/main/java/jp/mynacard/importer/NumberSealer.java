package jp.mynacard.importer;

import jp.mynacard.validity.IndividualNumber;

/** Turns a valid Individual Number into what the registry stores, as early as possible. */
@FunctionalInterface
public interface NumberSealer {
  ProtectedNumber protect(IndividualNumber number, String residentId);
}
