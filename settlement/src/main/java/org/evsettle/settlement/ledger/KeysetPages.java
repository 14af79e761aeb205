package org.evsettle.settlement.ledger;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams a long ordered result as a series of short queries, each continuing after the last row of
 * the page before (keyset pagination), so that neither the database nor this process holds more
 * than a page. A single long-running cursor would instead make the embedded database copy the whole
 * result to a temporary file first; its lazy mode, which would not, fails on long reads while
 * others write ("Chunk not found", h2database issue 4142).
 */
final class KeysetPages {

  /** Rows per page: well under what H2 keeps in memory for a result (40,000 rows). */
  static final int PAGE_ROWS = 5000;

  private KeysetPages() {}

  /**
   * @param next the page after the given row, or the first page when given null; an empty page ends
   *     the stream
   */
  static <T> Stream<T> stream(UnaryOperator<List<T>> next) {
    Iterator<T> rows =
        new Iterator<>() {
          private List<T> page = next.apply(null);
          private int index;

          @Override
          public boolean hasNext() {
            if (index < page.size()) {
              return true;
            }
            if (page.isEmpty()) {
              return false;
            }
            page = next.apply(page);
            index = 0;
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

  static <T> T last(List<T> page) {
    return page.get(page.size() - 1);
  }
}
