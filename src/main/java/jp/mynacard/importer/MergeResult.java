package jp.mynacard.importer;

import java.util.ArrayList;
import java.util.List;

/** What merging (or checking) one chunk did: conflicting rows, anomalies, changes, counts. */
final class MergeResult {
  final List<Rejection> rejections = new ArrayList<>();
  final List<Anomaly> anomalies = new ArrayList<>();
  final List<RowChange> changes = new ArrayList<>();
  int created;
  int updated;
  int unchanged;
  int signCertsRevoked;
  int cardsSuperseded;

  /** Residents whose row revokes a registry signature certificate or abolishes a registry card. */
  int massChanged;

  int signCertRevocations;
  int cardAbolitions;

  int touched() {
    return created + updated + unchanged;
  }
}
