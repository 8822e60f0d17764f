package jp.mynacard.renewal;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;

/**
 * Reads one partition's residents with their due items, a page at a time. Checkpoint = the last
 * resident id handed out: a restart reads on from the resident after it.
 */
@Dependent
@Named("candidateReader")
public class CandidateReader extends AbstractItemReader {
  @Inject @BatchProperty String afterResident;
  @Inject @BatchProperty String lastResident;
  @Inject @BatchProperty Integer chunkSize;

  @Inject JobContext job;
  @Inject CandidatePages pages;

  private final ArrayDeque<ResidentCandidates> page = new ArrayDeque<>();
  private String last;
  private boolean ended;

  @Override
  public void open(Serializable checkpoint) {
    page.clear();
    ended = false;
    last = checkpoint != null ? (String) checkpoint : afterResident == null ? "" : afterResident;
  }

  @Override
  public Object readItem() throws Exception {
    if (page.isEmpty() && !ended) {
      page.addAll(
          pages.page(
              job.getInstanceId(),
              last,
              lastResident == null ? "" : lastResident,
              chunkSize == null ? 500 : chunkSize));
      ended = page.isEmpty();
    }
    ResidentCandidates next = page.poll();
    if (next != null) {
      last = next.resident().residentId();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
