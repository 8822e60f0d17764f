package jp.mynacard.api;

/** The four roles of DESIGN.md §3.4; each maps to the server group of the same name. */
public final class Roles {
  public static final String CLERK = "clerk";
  public static final String CALL_CENTER = "call-center";
  public static final String OPERATOR = "operator";
  public static final String AUDITOR = "auditor";

  private Roles() {}
}
