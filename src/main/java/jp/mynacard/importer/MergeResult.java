package jp.mynacard.importer;

import java.util.ArrayList;
import java.util.List;

/** What merging one chunk did: rows that conflicted with the registry, anomalies, counts. */
final class MergeResult {
  final List<Rejection> rejections = new ArrayList<>();
  final List<Anomaly> anomalies = new ArrayList<>();
  int created;
  int updated;
  int unchanged;
  int signCertsRevoked;
  int cardsSuperseded;
}
