package org.evsettle.settlement.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The blocks of line ids of a run's parts. Each part (the lines of one kind of one operator) has a
 * block; a line's id is the block's number times 2^32 plus the line's number in the part. A part's
 * lines, in the order they are published, are then a range of the line table's own key, which
 * serves publication, adjustments and clearing a part without an index of their own.
 */
final class LineBlocks {

  /** Ids of one block: {@code [first, end)}. */
  static final long BLOCK_SIZE = 1L << 32;

  /** A part's block of line ids. */
  record Block(long number) {
    /** No block: no line has an id in it. */
    static final Block NONE = new Block(0);

    long first() {
      return number * BLOCK_SIZE;
    }

    long end() {
      return number == 0 ? 0 : first() + BLOCK_SIZE;
    }

    long idOf(long lineNo) {
      if (lineNo < 0 || lineNo >= BLOCK_SIZE) {
        throw new IllegalStateException("a part of a run cannot have more than 2^32 lines");
      }
      return first() + lineNo;
    }
  }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  LineBlocks(JdbcTemplate jdbc, TransactionTemplate ownTransaction) {
    this.jdbc = jdbc;
    this.ownTransaction = ownTransaction;
  }

  /**
   * The block of a part, given one in a transaction of its own if it has none yet: lines written in
   * it may be committed before the part's other writes. A part settled again after a failure keeps
   * its block.
   */
  Block of(long runId, LineKind kind, String operatorId) {
    Optional<Block> known = existing(runId, kind, operatorId);
    if (known.isPresent()) {
      return known.get();
    }
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into line_block (run_id, kind, operator_id) values (?, ?, ?)",
                  runId,
                  kind.name(),
                  operatorId));
    } catch (DuplicateKeyException givenElsewhere) {
      // another process gave the part its block first: that one is the part's
    }
    return existing(runId, kind, operatorId).orElseThrow();
  }

  Optional<Block> existing(long runId, LineKind kind, String operatorId) {
    return jdbc
        .query(
            "select id from line_block where run_id = ? and kind = ? and operator_id = ?",
            (rs, n) -> new Block(rs.getLong(1)),
            runId,
            kind.name(),
            operatorId)
        .stream()
        .findFirst();
  }

  /** The blocks of a run's lines of one kind, in the order of their operators. */
  List<Block> ofRun(long runId, LineKind kind) {
    return jdbc.query(
        "select id from line_block where run_id = ? and kind = ? order by operator_id",
        (rs, n) -> new Block(rs.getLong(1)),
        runId,
        kind.name());
  }
}
