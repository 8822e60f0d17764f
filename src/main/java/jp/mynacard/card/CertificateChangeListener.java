package jp.mynacard.card;

import jakarta.batch.api.chunk.listener.AbstractItemWriteListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Counts each chunk of registry-import as a possible certificate change for the CRL ({@link
 * CertificateChanges}): a chunk may supersede, revoke, hold or insert certificates in any state.
 * After the writer, so inside the chunk's transaction and after all its writes; a chunk rolled back
 * takes its count back with it. A chunk that changed no certificate costs the next {@code GET /crl}
 * one read of the entries; the CRL's number moves only when the entries do.
 */
@Dependent
@Named("certificateChangeListener")
public class CertificateChangeListener extends AbstractItemWriteListener {
  @Inject CertificateChanges changes;

  @Override
  public void afterWrite(List<Object> items) {
    changes.record();
  }
}
