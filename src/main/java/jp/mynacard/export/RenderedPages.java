package jp.mynacard.export;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import jp.mynacard.notice.LetterRenderer;
import jp.mynacard.notice.RenderedLetter;

/**
 * A run's letters a page at a time, each with its printable text, the next page read and rendered
 * (in two halves, on two threads) while the caller writes the current one. Rendering is most of the
 * export's work in a renewal wave (720,000 texts), and writing and signing the files another large
 * part: on one thread they take turns, here they overlap. One page ahead at most, so memory stays
 * that of two pages.
 */
final class RenderedPages implements AutoCloseable {
  /** Letters in letter-id order and their texts, index for index. */
  record Page(List<LetterRow> rows, List<RenderedLetter> texts, String last) {
    boolean isEmpty() {
      return rows.isEmpty();
    }
  }

  private final LetterRows.Pages letters;
  private final LetterRenderer renderer;
  private final ExecutorService executor;
  private final int size;
  private Future<Page> ahead;

  RenderedPages(
      LetterRows.Pages letters, LetterRenderer renderer, ExecutorService executor, int size) {
    this.letters = letters;
    this.renderer = renderer;
    this.executor = executor;
    this.size = size;
    this.ahead = executor.submit(() -> read(""));
  }

  /** The next page (empty at the end); the one after it is being prepared when this returns. */
  Page next() throws SQLException, InterruptedException {
    Page page;
    try {
      page = ahead.get();
    } catch (ExecutionException e) {
      ahead = null;
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("preparing a page of letters failed", e.getCause());
    }
    String after = page.last();
    ahead = page.isEmpty() ? null : executor.submit(() -> read(after));
    return page;
  }

  private Page read(String after) throws SQLException, InterruptedException {
    LetterRows.Page page = letters.page(after, size);
    List<LetterRow> rows = page.rows();
    // the second half on another thread: rendering is the export's largest share of work
    int half = rows.size() / 2;
    Future<List<RenderedLetter>> second =
        executor.submit(() -> render(rows.subList(half, rows.size())));
    List<RenderedLetter> texts = new ArrayList<>(rows.size());
    texts.addAll(render(rows.subList(0, half)));
    try {
      texts.addAll(second.get());
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException("rendering letters failed", e.getCause());
    }
    return new Page(rows, texts, page.last());
  }

  private List<RenderedLetter> render(List<LetterRow> rows) {
    List<RenderedLetter> texts = new ArrayList<>(rows.size());
    for (LetterRow row : rows) {
      texts.add(renderer.renderPrintable(NoticeTextsCsv.facts(row)));
    }
    return texts;
  }

  @Override
  public void close() {
    if (ahead != null) {
      ahead.cancel(true);
    }
  }
}
