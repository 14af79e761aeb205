package org.evsettle.batch.publish;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.evsettle.settlement.ledger.LedgerLine;

/**
 * Hands the lines one thread reads to another thread, in batches through a short queue, so that a
 * run's lines are read from the ledger once for both its exports and its auditor workbook. The
 * reading side {@link #accept}s lines and then {@link #close}s; the other side iterates. Memory
 * holds at most a few batches.
 */
final class LineHandOff implements Consumer<LedgerLine>, Iterator<LedgerLine> {

  static final int BATCH = 1000;
  private static final int BATCHES_AHEAD = 8;
  private static final List<LedgerLine> END = new ArrayList<>(0);
  private static final List<LedgerLine> FAILED = new ArrayList<>(0);

  private final BlockingQueue<List<LedgerLine>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
  private final BooleanSupplier readerGaveUp;
  private List<LedgerLine> filling = new ArrayList<>(BATCH);
  private List<LedgerLine> current = List.of();
  private int index;
  private boolean ended;

  /**
   * @param readerGaveUp whether the iterating side has stopped (it failed): the handing side then
   *     stops waiting for room in the queue
   */
  LineHandOff(BooleanSupplier readerGaveUp) {
    this.readerGaveUp = readerGaveUp;
  }

  @Override
  public void accept(LedgerLine line) {
    filling.add(line);
    if (filling.size() == BATCH) {
      put(filling);
      filling = new ArrayList<>(BATCH);
    }
  }

  /** Hands over the last lines and tells the other side there are no more. */
  void close() {
    if (!filling.isEmpty()) {
      put(filling);
    }
    put(END);
  }

  /** Tells the other side that no more lines will come because reading them failed. */
  void fail() {
    queue.clear();
    queue.offer(FAILED);
  }

  private void put(List<LedgerLine> batch) {
    try {
      while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        if (readerGaveUp.getAsBoolean()) {
          throw new IllegalStateException("the lines' other reader stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while handing lines over", e);
    }
  }

  @Override
  public boolean hasNext() {
    while (!ended && index == current.size()) {
      try {
        current = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for lines", e);
      }
      index = 0;
      if (current == FAILED) {
        throw new IllegalStateException("reading the lines failed");
      }
      ended = current == END;
    }
    return !ended;
  }

  @Override
  public LedgerLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.get(index++);
  }
}
