package org.evsettle.integrations.ingest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.settlement.domain.RejectionCode;

/**
 * Checks of the series utilities publish (prices per interval, carbon per hour): each interval
 * starts on a boundary of its length, and each value fits, unrounded, the column it is stored in.
 */
final class SeriesChecks {

  private SeriesChecks() {}

  /**
   * The start of an interval of {@code length} (which divides an hour) lies on a boundary of that
   * length in UTC: minute-of-hour a multiple of it, no seconds. Checked in UTC, not in the offset
   * the sender wrote, so one utility's intervals tile the same way whatever zone it writes in.
   */
  static void aligned(String field, Instant start, Duration length) {
    if (start.getNano() == 0 && Math.floorMod(start.getEpochSecond(), length.toSeconds()) == 0) {
      return;
    }
    String boundary =
        length.toMinutes() == 60
            ? "must be on the hour"
            : "must be on a " + length.toMinutes() + "-minute boundary";
    throw new FieldProblem(
        RejectionCode.NOT_ALIGNED, field, field + " " + start + " " + boundary + " (in UTC)");
  }

  /**
   * A value has at most {@code decimals} decimals and {@code digits} digits before the decimal
   * point: what its column holds. More decimals would be rounded when stored, silently; more digits
   * would fail the whole chunk of rows it came with.
   */
  static void fits(String field, BigDecimal value, int digits, int decimals) {
    BigDecimal exact = value.stripTrailingZeros();
    if (exact.scale() > decimals) {
      throw new FieldProblem(
          RejectionCode.TOO_PRECISE,
          field,
          field
              + " "
              + value.toPlainString()
              + " has "
              + exact.scale()
              + " decimals, more than the "
              + decimals
              + " allowed");
    }
    if (exact.precision() - exact.scale() > digits) {
      throw new FieldProblem(
          RejectionCode.OUT_OF_RANGE,
          field,
          field
              + " "
              + value.toPlainString()
              + " has more than the "
              + digits
              + " digits allowed before the decimal point");
    }
  }
}
