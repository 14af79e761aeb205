package org.evsettle.settlement.domain;

/** How many data rows of a file ended in each outcome. */
public record RowCounts(long accepted, long corrected, long duplicates, long rejected) {

  public static final RowCounts NONE = new RowCounts(0, 0, 0, 0);

  public RowCounts plus(RowOutcome outcome) {
    return switch (outcome) {
      case ACCEPTED -> new RowCounts(accepted + 1, corrected, duplicates, rejected);
      case CORRECTED -> new RowCounts(accepted, corrected + 1, duplicates, rejected);
      case DUPLICATE -> new RowCounts(accepted, corrected, duplicates + 1, rejected);
      case REJECTED -> new RowCounts(accepted, corrected, duplicates, rejected + 1);
    };
  }

  public RowCounts plus(RowCounts other) {
    return new RowCounts(
        accepted + other.accepted,
        corrected + other.corrected,
        duplicates + other.duplicates,
        rejected + other.rejected);
  }

  public long dataRows() {
    return accepted + corrected + duplicates + rejected;
  }
}
