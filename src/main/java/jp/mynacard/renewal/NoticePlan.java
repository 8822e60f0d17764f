package jp.mynacard.renewal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one resident's due items come to: a letter (or none), the notices it records, why the other
 * items were skipped, and how many of the letter's items have recorded and computed dates that
 * differ (told on the earlier; listed for a clerk).
 */
public record NoticePlan(
    LetterDraft letter,
    List<PlannedNotice> notices,
    Map<ItemKind, Integer> itemsByKind,
    Map<SkipReason, Integer> skipped,
    int datesDiffer) {

  static NoticePlan nothing(Map<SkipReason, Integer> skipped) {
    return new NoticePlan(null, List.of(), new EnumMap<>(ItemKind.class), skipped, 0);
  }
}
