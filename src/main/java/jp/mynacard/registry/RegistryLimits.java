package jp.mynacard.registry;

/** Column widths shared by the entities, the import's length checks and the bulk inserts. */
public final class RegistryLimits {
  public static final int RESIDENT_ID = 32;
  public static final int CARD_ID = 32;
  public static final int SERIAL = 40;
  public static final int NAME = 100;
  public static final int ADDRESS = 400;
  public static final int EMAIL = 254;

  private RegistryLimits() {}
}
