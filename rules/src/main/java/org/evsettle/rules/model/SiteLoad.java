package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * A site's load, 15 minutes at a time, from before the period (as far back as the pack's look-back)
 * to a few days after it: the site meter's interval readings where there are any, else its
 * chargers' sessions at constant power, every operator's chargers at the site included. Built once
 * by the engine from every record, whatever the batches or partitions.
 */
public final class SiteLoad {

  /** The length of an interval of the profile. */
  public static final int SLOT_SECONDS = 900;

  private static final BigDecimal MICRO = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal SLOTS_PER_HOUR = BigDecimal.valueOf(3600 / SLOT_SECONDS);

  private final SiteIdentity site;
  private final ZoneId zone;
  private final Instant periodStart;
  private final Instant periodEnd;
  private final long originSlot;
  private final long[] microKwh;
  private final boolean[] metered;
  private final Set<LocalDate> eventDays;
  private final long sessions;
  private final int peakSlot;

  /** The registry facts of a site, or of a site only chargers name. */
  public record SiteIdentity(
      String siteId,
      String operatorId,
      String utilityId,
      String district,
      BigDecimal maxDemandKw,
      int version) {}

  public SiteLoad(
      SiteIdentity site,
      ZoneId zone,
      Instant periodStart,
      Instant periodEnd,
      long originSlot,
      long[] microKwh,
      boolean[] metered,
      Set<LocalDate> eventDays,
      long sessions) {
    this.site = site;
    this.zone = zone;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.originSlot = originSlot;
    this.microKwh = microKwh.clone();
    this.metered = metered.clone();
    this.eventDays = Set.copyOf(eventDays);
    this.sessions = sessions;
    this.peakSlot = peak();
  }

  public static long slotOf(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), SLOT_SECONDS);
  }

  private int peak() {
    int best = -1;
    int from = Math.max(0, (int) (slotOf(periodStart) - originSlot));
    int to = Math.min(microKwh.length, (int) (slotOf(periodEnd) - originSlot));
    for (int i = from; i < to; i++) {
      if (best < 0 || microKwh[i] > microKwh[best]) {
        best = i; // the earliest of equal peaks
      }
    }
    return best;
  }

  public String getSiteId() {
    return site.siteId();
  }

  /** The operator billed for the site (its registry entry's, else the one whose chargers it is). */
  public String getOperatorId() {
    return site.operatorId();
  }

  public String getUtilityId() {
    return site.utilityId();
  }

  public String getDistrict() {
    return site.district();
  }

  /** The contracted limit of the grid connection; {@code null} when the registry has none. */
  public BigDecimal getMaxDemandKw() {
    return site.maxDemandKw();
  }

  /** Whether the site is in the site registry (else only its chargers name it). */
  public boolean isRegistered() {
    return site.version() > 0;
  }

  public int getVersion() {
    return site.version();
  }

  /** Sessions that started in the period at the site's chargers. */
  public long getSessions() {
    return sessions;
  }

  /** The highest 15-minute demand in the period, in kW (the interval's kWh x 4). */
  public BigDecimal getPeakKw() {
    return peakSlot < 0 ? BigDecimal.ZERO : kw(microKwh[peakSlot]);
  }

  /** When the peak interval starts, in the pack's zone; {@code null} without any interval. */
  public LocalDateTime getPeakAt() {
    return peakSlot < 0 ? null : LocalDateTime.ofInstant(instantOf(peakSlot), zone);
  }

  /** Whether the peak interval's energy was metered at the site (else from sessions). */
  public boolean isPeakMetered() {
    return peakSlot >= 0 && metered[peakSlot];
  }

  /** The site's energy in the period. */
  public BigDecimal getKwh() {
    return kwhBetween(periodStart, periodEnd);
  }

  /**
   * The site's energy in {@code [from, to)}; an interval cut by either end counts in proportion to
   * its overlap. Before the look-back and after the profile's end there is no energy.
   */
  public BigDecimal kwhBetween(Instant from, Instant to) {
    long micro = 0;
    long first = slotOf(from);
    long last = slotOf(to.minusNanos(1));
    BigDecimal partial = BigDecimal.ZERO;
    for (long slot = first; slot <= last; slot++) {
      int i = (int) (slot - originSlot);
      if (i < 0 || i >= microKwh.length) {
        continue;
      }
      long start = slot * SLOT_SECONDS;
      long overlap =
          Math.min(to.getEpochSecond(), start + SLOT_SECONDS)
              - Math.max(from.getEpochSecond(), start);
      if (overlap >= SLOT_SECONDS) {
        micro += microKwh[i];
      } else if (overlap > 0) {
        partial =
            partial.add(
                BigDecimal.valueOf(microKwh[i] * overlap)
                    .divide(BigDecimal.valueOf(SLOT_SECONDS), 0, RoundingMode.HALF_EVEN));
      }
    }
    return BigDecimal.valueOf(micro).add(partial).divide(MICRO).stripTrailingZeros();
  }

  /** Whether the profile reaches back to {@code instant} (the pack's look-back is long enough). */
  public boolean covers(Instant instant) {
    long i = slotOf(instant) - originSlot;
    return i >= 0 && i < microKwh.length;
  }

  /** Days on which a load-reduction event addressed the site: no baseline day. */
  public boolean isEventDay(LocalDate day) {
    return eventDays.contains(day);
  }

  /** "meter readings", "sessions at constant power", or both. */
  public String getBasis() {
    int metered = 0;
    for (boolean m : this.metered) {
      metered += m ? 1 : 0;
    }
    if (metered == 0) {
      return "sessions at constant power";
    }
    return metered == microKwh.length
        ? "meter readings"
        : "meter readings where there are any, else sessions at constant power";
  }

  private Instant instantOf(int index) {
    return Instant.ofEpochSecond((originSlot + index) * SLOT_SECONDS);
  }

  private static BigDecimal kw(long micro) {
    return BigDecimal.valueOf(micro).multiply(SLOTS_PER_HOUR).divide(MICRO).stripTrailingZeros();
  }

  @Override
  public String toString() {
    return "site " + site.siteId();
  }
}
