package jp.mynacard.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The jobs' progress in the application's MicroProfile Metrics registry, as {@code /metrics} shows
 * it to operators (Prometheus names in brackets): items read, written and skipped per job and step
 * ({@code mynacard_batch_items_read_total}, {@code ..._written_total}, {@code ..._skipped_total}),
 * letters so far ({@code mynacard_letters_total}), e-mails sent ({@code
 * mynacard_emails_sent_total}) per job, and the share done of each job's latest run in this server
 * ({@code mynacard_run_share_done}, 0 to 1). Tags are job and step names only.
 */
@ApplicationScoped
public class ProgressMetrics {
  static final String READ = "mynacard.batch.items.read";
  static final String WRITTEN = "mynacard.batch.items.written";
  static final String SKIPPED = "mynacard.batch.items.skipped";
  static final String LETTERS = "mynacard.letters";
  static final String EMAILS = "mynacard.emails.sent";
  static final String SHARE = "mynacard.run.share.done";

  @Inject MetricRegistry registry;

  private final Map<String, Boolean> gauges = new ConcurrentHashMap<>();

  void add(String job, String step, PartitionCounts added) {
    Tag[] tags = {new Tag("job", job), new Tag("step", step)};
    inc(READ, "items read by a job's step", added.read(), tags);
    inc(WRITTEN, "items written by a job's step", added.written(), tags);
    inc(SKIPPED, "items skipped by a job's step", added.skipped(), tags);
    inc(LETTERS, "renewal letters created", added.letters(), new Tag("job", job));
    inc(EMAILS, "e-mails handed to the mail server", added.emails(), new Tag("job", job));
  }

  /** Registers, once per job, the gauge of its latest run's share done. */
  void shareOf(String job, ProgressBoard board, ToDoubleFunction<String> share) {
    gauges.computeIfAbsent(
        job,
        j -> {
          registry.gauge(
              Metadata.builder()
                  .withName(SHARE)
                  .withDescription("share done of the job's latest run in this server, 0 to 1")
                  .build(),
              board,
              b -> share.applyAsDouble(j),
              new Tag("job", j));
          return true;
        });
  }

  private void inc(String name, String description, long n, Tag... tags) {
    if (n <= 0) {
      return;
    }
    registry
        .counter(Metadata.builder().withName(name).withDescription(description).build(), tags)
        .inc(n);
  }
}
