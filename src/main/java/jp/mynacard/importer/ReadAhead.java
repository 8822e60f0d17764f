package jp.mynacard.importer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads and validates records on a second thread while the chunk thread writes the previous chunk:
 * parsing, validating and sealing take a core of their own, and the database work another, instead
 * of taking turns. Each record travels with the file position after it, so the checkpoint is that
 * of the last record handed out, never of one merely read ahead; a restart re-reads whatever was
 * read ahead and lost.
 */
final class ReadAhead implements AutoCloseable {
  private record Item(RowOutcome outcome, ImportCheckpoint after, Throwable failure) {}

  private static final Item END = new Item(null, null, null);

  private final BlockingQueue<Item> queue;
  private final Future<?> producer;
  private ImportCheckpoint position;
  private boolean ended;

  ReadAhead(
      RegistryFile file,
      RowValidator validator,
      LocalDate today,
      ExecutorService executor,
      int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.position = file.checkpoint();
    this.producer = executor.submit(() -> produce(file, validator, today));
  }

  /** The next record's outcome, or null after the last one. */
  RowOutcome next() throws IOException, InterruptedException {
    if (ended) {
      return null;
    }
    Item item = queue.take();
    if (item == END) {
      ended = true;
      return null;
    }
    if (item.failure() != null) {
      ended = true;
      if (item.failure() instanceof IOException io) {
        throw io;
      }
      throw new IOException("reading the input failed", item.failure());
    }
    position = item.after();
    return item.outcome();
  }

  /** The position after the last record handed out by {@link #next()}. */
  ImportCheckpoint checkpoint() {
    return position;
  }

  @Override
  public void close() {
    producer.cancel(true);
  }

  private void produce(RegistryFile file, RowValidator validator, LocalDate today) {
    try {
      SourceRow row;
      while ((row = file.next()) != null) {
        queue.put(new Item(validator.validate(row, today), file.checkpoint(), null));
      }
      queue.put(END);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      try {
        queue.put(new Item(null, null, e));
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
