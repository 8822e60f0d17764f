package jp.mynacard.importer;

/** The counts of a whole import: the sum over its partitions' {@link ImportProgress}. */
public record ImportTally(
    long read,
    long rejected,
    long created,
    long updated,
    long unchanged,
    long anomalies,
    long signCertsRevoked,
    long cardsSuperseded) {

  public long accepted() {
    return created + updated + unchanged;
  }

  public boolean hasWarnings() {
    return rejected > 0 || anomalies > 0;
  }

  public String summary() {
    return String.format(
        "read=%d accepted=%d rejected=%d (created=%d updated=%d unchanged=%d)"
            + " anomalies=%d signCertsRevoked=%d cardsSuperseded=%d",
        read,
        accepted(),
        rejected,
        created,
        updated,
        unchanged,
        anomalies,
        signCertsRevoked,
        cardsSuperseded);
  }
}
