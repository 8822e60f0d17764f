package jp.mynacard.importer;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.mynacard.registry.NumberProtector;
import jp.mynacard.validity.ValidityRules;

/**
 * Reads the extract and validates each record into a {@link RowOutcome} (accepted or rejected),
 * reading ahead on a managed thread, within its partition's byte range. Checkpoint = byte offset
 * and number of the next line ({@link ImportCheckpoint}). The header was checked by {@link
 * RegistryPartitionMapper} before any partition started.
 */
@Dependent
@Named("registryRowReader")
public class RegistryRowReader extends AbstractItemReader {
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @Inject @BatchProperty String inputFile;

  @Inject @BatchProperty String encoding;

  @Inject @BatchProperty Integer readAhead;

  @Inject @BatchProperty Long startOffset;

  @Inject @BatchProperty Long startLine;

  @Inject @BatchProperty Long endOffset;

  /**
   * True for the check step, which stores nothing: the number's keyed hash only (to find its
   * owner), not its sealed form. (Liberty injects false for a Boolean property a step does not
   * declare, so the default must be false.)
   */
  @Inject @BatchProperty Boolean hashOnly;

  @Inject ValidityRules rules;

  @Inject NumberProtector protector;

  @Resource ManagedExecutorService executor;

  private RegistryFile file;
  private ReadAhead rows;

  /**
   * Opens at the partition's start or at {@code checkpoint}. The runtime calls this again, without
   * {@link #close()}, to go back to the last checkpoint before retrying a chunk.
   */
  @Override
  public void open(Serializable checkpoint) throws Exception {
    close();
    ImportFiles files = ImportFiles.of(inputFile, encoding);
    ImportRange range =
        new ImportRange(
            startOffset == null ? 0 : startOffset,
            startLine == null ? 2 : startLine,
            endOffset == null ? ImportRange.TO_END : endOffset);
    file = RegistryFile.open(files.input(), files.charset(), (ImportCheckpoint) checkpoint, range);
    boolean seal = !Boolean.TRUE.equals(hashOnly);
    RowValidator validator =
        new RowValidator(
            rules,
            (number, residentId) ->
                new ProtectedNumber(
                    protector.hash(number), seal ? protector.seal(number, residentId) : null));
    rows =
        new ReadAhead(
            file,
            validator,
            LocalDate.now(JAPAN),
            executor,
            readAhead == null || readAhead < 1 ? 2000 : readAhead);
  }

  @Override
  public Object readItem() throws Exception {
    return rows.next();
  }

  @Override
  public Serializable checkpointInfo() {
    return rows.checkpoint();
  }

  @Override
  public void close() throws IOException {
    if (rows != null) {
      rows.close();
      rows = null;
    }
    if (file != null) {
      file.close();
      file = null;
    }
  }
}
