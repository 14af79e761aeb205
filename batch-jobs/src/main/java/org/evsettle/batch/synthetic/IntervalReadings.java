package org.evsettle.batch.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The utilities' 15-minute interval readings of the chargers at some sites (one site in {@code
 * everyNthSite}), for the whole month: a reading's import is at most what the charger can draw in
 * 15 minutes. Derived from the chargers files already written, with a fixed seed.
 */
public final class IntervalReadings {

  private static final int MINUTES = 15;
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private IntervalReadings() {}

  /** Writes {@code utilities/<utility>/intervals-<month>.csv}; returns how many readings. */
  public static long write(
      Path inbox, ZoneId zone, LocalDate firstDay, int days, int everyNthSite, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<DemoExtras.ChargerRow> chargers = DemoExtras.chargers(inbox);
    Map<String, Integer> siteIndex = new HashMap<>();
    chargers.forEach(c -> siteIndex.putIfAbsent(c.site(), siteIndex.size()));
    Map<String, List<DemoExtras.ChargerRow>> metered =
        chargers.stream()
            .filter(c -> siteIndex.get(c.site()) % everyNthSite == 0)
            .collect(
                Collectors.groupingBy(
                    DemoExtras.ChargerRow::utility, TreeMap::new, Collectors.toList()));
    long written = 0;
    for (var utility : metered.entrySet()) {
      Path file =
          inbox
              .resolve("utilities")
              .resolve(utility.getKey())
              .resolve("intervals-" + firstDay.toString().substring(0, 7) + ".csv");
      try {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          out.write("meter_id,interval_start,interval_minutes,import_kwh\n");
          ZonedDateTime end = firstDay.plusDays(days).atStartOfDay(zone);
          for (var charger : utility.getValue()) {
            // at most the charger's rated power for a quarter of an hour, in watt-hours
            int maxWh = charger.kw() * 1000 / 4;
            for (ZonedDateTime t = firstDay.atStartOfDay(zone);
                t.isBefore(end);
                t = t.plusMinutes(MINUTES)) {
              int wh = random.nextInt(maxWh + 1);
              out.write(
                  charger.id()
                      + ","
                      + ISO.format(t)
                      + ","
                      + MINUTES
                      + ","
                      + (wh / 1000)
                      + "."
                      + String.format("%03d", wh % 1000)
                      + "\n");
              written++;
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
    }
    return written;
  }
}
