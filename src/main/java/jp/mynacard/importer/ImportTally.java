package jp.mynacard.importer;

import java.io.Serializable;

/**
 * Running counts of one import, kept as the step's persistent user data so that they add up
 * across a restart (the batch runtime starts each execution's own metrics from zero).
 */
public final class ImportTally implements Serializable {
  private static final long serialVersionUID = 1L;

  long read;
  long rejected;
  long created;
  long updated;
  long unchanged;
  long anomalies;
  long signCertsRevoked;
  long cardsSuperseded;

  public long accepted() {
    return created + updated + unchanged;
  }

  public boolean hasWarnings() {
    return rejected > 0 || anomalies > 0;
  }

  public String summary() {
    return String.format("read=%d accepted=%d rejected=%d (created=%d updated=%d unchanged=%d)"
        + " anomalies=%d signCertsRevoked=%d cardsSuperseded=%d", read, accepted(), rejected,
        created, updated, unchanged, anomalies, signCertsRevoked, cardsSuperseded);
  }
}
