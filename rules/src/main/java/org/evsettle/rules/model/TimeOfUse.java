package org.evsettle.rules.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The time-of-use calendar of a pack: which window every local minute of every month falls in.
 * Splits a stretch of time at window boundaries and at midnight, in the pack's zone.
 */
public final class TimeOfUse {

  private final List<TouWindow> windows;
  private final ZoneId zone;
  private final TreeSet<LocalTime> boundaries = new TreeSet<>();

  public TimeOfUse(List<TouWindow> windows, ZoneId zone) {
    this.windows = List.copyOf(windows);
    this.zone = zone;
    boundaries.add(LocalTime.MIDNIGHT);
    for (TouWindow w : windows) {
      boundaries.add(w.getFrom());
      boundaries.add(w.getTo());
    }
  }

  public ZoneId zone() {
    return zone;
  }

  /** The window a local time of a month falls in: a seasonal window before a general one. */
  public Optional<TouWindow> windowAt(Month month, LocalTime time) {
    TouWindow general = null;
    for (TouWindow w : windows) {
      if (w.appliesIn(month) && w.covers(time)) {
        if (w.isSeasonal()) {
          return Optional.of(w);
        }
        general = general == null ? w : general;
      }
    }
    return Optional.ofNullable(general);
  }

  /**
   * Cuts {@code [from, to)} into slices, each inside one window; adjacent slices of the same window
   * are joined.
   *
   * @throws IllegalStateException when a local time falls in no window
   */
  public List<TimeSlice> slices(Instant from, Instant to) {
    List<TimeSlice> out = new ArrayList<>();
    ZonedDateTime cursor = from.atZone(zone);
    ZonedDateTime end = to.atZone(zone);
    while (cursor.isBefore(end)) {
      LocalDateTime local = cursor.toLocalDateTime();
      TouWindow window =
          windowAt(local.getMonth(), local.toLocalTime())
              .orElseThrow(
                  () -> new IllegalStateException("no time-of-use window covers " + local));
      ZonedDateTime next = nextBoundary(cursor);
      if (next.isAfter(end)) {
        next = end;
      }
      add(out, new TimeSlice(window, cursor.toInstant(), next.toInstant()));
      cursor = next;
    }
    return out;
  }

  /**
   * The first instant after {@code cursor} at which the window may change: the next boundary of the
   * local day as it happens (in the hour a clock goes back twice, the second 01:30 is an hour after
   * the first), or the clock change itself, whichever comes first.
   */
  private ZonedDateTime nextBoundary(ZonedDateTime cursor) {
    LocalDateTime local = cursor.toLocalDateTime();
    LocalTime after = boundaries.higher(local.toLocalTime());
    LocalDate day = local.toLocalDate();
    LocalDateTime at = after == null ? day.plusDays(1).atStartOfDay() : day.atTime(after);
    ZonedDateTime next = ZonedDateTime.ofLocal(at, zone, cursor.getOffset());
    if (!next.isAfter(cursor)) {
      next = next.withLaterOffsetAtOverlap();
    }
    ZoneOffsetTransition change = zone.getRules().nextTransition(cursor.toInstant());
    if (change != null && change.getInstant().isBefore(next.toInstant())) {
      return change.getInstant().atZone(zone);
    }
    return next;
  }

  private static void add(List<TimeSlice> out, TimeSlice slice) {
    if (!out.isEmpty()) {
      TimeSlice last = out.get(out.size() - 1);
      if (last.window() == slice.window() && last.to().equals(slice.from())) {
        out.set(out.size() - 1, new TimeSlice(last.window(), last.from(), slice.to()));
        return;
      }
    }
    out.add(slice);
  }
}
