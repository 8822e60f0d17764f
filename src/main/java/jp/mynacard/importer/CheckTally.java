package jp.mynacard.importer;

/**
 * What an import would do, summed over its check partitions ({@link ImportCheck}).
 *
 * @param touched residents of accepted rows (new, changed or unchanged)
 * @param residentsChanged those whose signature certificate would be revoked or card abolished
 * @param changes lines of the changes report
 */
record CheckTally(
    long read,
    long rejected,
    long anomalies,
    long touched,
    long residentsChanged,
    long signCertsRevoked,
    long cardsAbolished,
    long changes) {

  boolean hasWarnings() {
    return rejected > 0 || anomalies > 0;
  }

  String summary() {
    return String.format(
        "read=%d rejected=%d anomalies=%d touched=%d residentsChanged=%d (signCertsRevoked=%d"
            + " cardsAbolished=%d) changes=%d",
        read,
        rejected,
        anomalies,
        touched,
        residentsChanged,
        signCertsRevoked,
        cardsAbolished,
        changes);
  }
}
