package org.evsettle.settlement.ledger;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams a long ordered result as a series of short queries, each continuing after the last row of
 * the page before (keyset pagination), so that neither the database nor this process holds more
 * than a page or two. A single long-running cursor would instead make the embedded database copy
 * the whole result to a temporary file first; its lazy mode, which would not, fails on long reads
 * while others write ("Chunk not found", h2database issue 4142).
 */
final class KeysetPages {

  /** Rows per page: well under what H2 keeps in memory for a result (40,000 rows). */
  static final int PAGE_ROWS = 5000;

  private KeysetPages() {}

  /**
   * The rows of the pages {@code next} reads, in order, read on the caller's thread and connection;
   * {@code next} is given the page before, or null for the first, and an empty page ends the
   * stream.
   */
  static <T> Stream<T> stream(UnaryOperator<List<T>> next) {
    return stream(next, page -> CompletableFuture.completedFuture(next.apply(page)));
  }

  /**
   * Like {@link #stream}, but each next page is read on a thread of its own while the caller works
   * through the current one (writing a workbook or an export is CPU-bound; so is reading a page).
   * Pages after the first are read on another connection, outside the caller's transaction: use it
   * only for rows that are not changed once written. Close the stream.
   */
  static <T> Stream<T> prefetching(UnaryOperator<List<T>> next, String threadName) {
    ExecutorService ahead =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, threadName);
              thread.setDaemon(true);
              return thread;
            });
    return stream(next, page -> ahead.submit(() -> next.apply(page))).onClose(ahead::shutdownNow);
  }

  private static <T> Stream<T> stream(
      UnaryOperator<List<T>> next, Function<List<T>, Future<List<T>>> readAfter) {
    Iterator<T> rows =
        new Iterator<>() {
          private List<T> page = next.apply(null);
          private Future<List<T>> following = page.isEmpty() ? null : readAfter.apply(page);
          private int index;

          @Override
          public boolean hasNext() {
            if (index < page.size()) {
              return true;
            }
            if (following == null) {
              return false;
            }
            page = await(following);
            index = 0;
            following = page.isEmpty() ? null : readAfter.apply(page);
            return !page.isEmpty();
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return page.get(index++);
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static <T> T await(Future<T> page) {
    try {
      return page.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading ahead", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
  }

  static <T> T last(List<T> page) {
    return page.get(page.size() - 1);
  }
}
