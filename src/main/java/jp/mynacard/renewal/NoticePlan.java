package jp.mynacard.renewal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one resident's due items come to: a letter (or none), the notices it records, and why the
 * other items were skipped.
 */
public record NoticePlan(
    LetterDraft letter,
    List<PlannedNotice> notices,
    Map<ItemKind, Integer> itemsByKind,
    Map<SkipReason, Integer> skipped) {

  static NoticePlan nothing(Map<SkipReason, Integer> skipped) {
    return new NoticePlan(null, List.of(), new EnumMap<>(ItemKind.class), skipped);
  }
}
