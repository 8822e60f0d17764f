package jp.mynacard.renewal;

import java.util.Collection;

/**
 * How many counter visits a renewal takes (DESIGN.md §2): a new card two, the application and the
 * collection; a STAY validity change or a certificate renewal one. A letter's items are renewed at
 * the same visits, so a letter takes as many visits as its most demanding item, not their sum: a
 * card with both certificates is two visits (the new certificates are issued on the new card at its
 * collection), a STAY change with certificates one, two certificates one.
 */
public final class CounterVisits {
  private CounterVisits() {}

  public static int of(ItemKind kind) {
    return kind == ItemKind.CARD ? 2 : 1;
  }

  /** The visits of a letter telling these items for the first time; 0 for none. */
  public static int ofLetter(Collection<ItemKind> firstTold) {
    return firstTold.stream().mapToInt(CounterVisits::of).max().orElse(0);
  }

  /**
   * The visits of an item told after its expiry: a STAY card that lapsed is no longer changed but
   * replaced by a new card, two visits; the others as before expiry.
   */
  public static int afterExpiry(ItemKind kind) {
    return of(kind == ItemKind.STAY ? ItemKind.CARD : kind);
  }

  /**
   * {@link #of}, or {@link #afterExpiry} for a row of a negative lead time, as an SQL expression
   * over columns holding an {@link ItemKind} name and the lead time.
   */
  public static String sql(String kindColumn, String leadColumn) {
    StringBuilder sql =
        new StringBuilder("CASE WHEN ").append(leadColumn).append(" < 0 THEN CASE ");
    sql.append(kindColumn);
    for (ItemKind kind : ItemKind.values()) {
      sql.append(" WHEN '").append(kind.name()).append("' THEN ").append(afterExpiry(kind));
    }
    return sql.append(" ELSE 0 END ELSE ").append(sql(kindColumn)).append(" END").toString();
  }

  /** {@link #of} as an SQL expression over a column holding an {@link ItemKind} name. */
  public static String sql(String kindColumn) {
    StringBuilder sql = new StringBuilder("CASE ").append(kindColumn);
    for (ItemKind kind : ItemKind.values()) {
      sql.append(" WHEN '").append(kind.name()).append("' THEN ").append(of(kind));
    }
    return sql.append(" ELSE 0 END").toString();
  }
}
