package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A record's energy cut at given instants at constant power. Each share is the difference of two
 * cumulative amounts, so the shares add up to the energy exactly, whatever the cuts.
 */
public final class DurationShares {

  /** Decimals of a share, as the ledger stores quantities: so stored shares add up too. */
  public static final int SCALE = 6;

  private DurationShares() {}

  /**
   * The energy of {@code [from, to)} cut at {@code cuts} (ascending, inside the stretch), one share
   * per piece, in order.
   */
  public static List<BigDecimal> of(BigDecimal kwh, Instant from, Instant to, List<Instant> cuts) {
    long total = Duration.between(from, to).toMillis();
    List<BigDecimal> shares = new ArrayList<>();
    BigDecimal before = BigDecimal.ZERO;
    for (Instant cut : cuts) {
      long elapsed = Duration.between(from, cut).toMillis();
      BigDecimal cumulative =
          kwh.multiply(BigDecimal.valueOf(elapsed))
              .divide(BigDecimal.valueOf(total), SCALE, RoundingMode.HALF_EVEN);
      shares.add(cumulative.subtract(before));
      before = cumulative;
    }
    shares.add(kwh.subtract(before));
    return shares;
  }
}
