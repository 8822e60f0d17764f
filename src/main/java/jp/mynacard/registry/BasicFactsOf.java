package jp.mynacard.registry;

import jp.mynacard.validity.BasicFacts;

/** The signature certificate's four basic facts as the registry holds them. */
public final class BasicFactsOf {
  private BasicFactsOf() {}

  public static BasicFacts resident(Resident r) {
    return new BasicFacts(
        r.getFamilyName(), r.getGivenName(), r.getAddress(), r.getBirthDate(), r.getSex());
  }
}
