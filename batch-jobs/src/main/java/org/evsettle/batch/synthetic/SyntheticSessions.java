package org.evsettle.batch.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a month of canonical charger and session files into an inbox, with a fixed seed so the
 * same arguments always give the same bytes. Arrivals peak in the morning and the evening; energies
 * never exceed rated power x duration. Sessions are written a day at a time, in start order.
 * Chargers of 60 kW and more register a signing meter and their sessions carry its OCMF signed data
 * ({@link SampleMeters}).
 */
public final class SyntheticSessions {

  private static final int[] POWER_KW = {7, 7, 7, 11, 22, 60, 120};
  private static final String[] ACCESS = {"PUBLIC", "PUBLIC", "PUBLIC", "PRIVATE", "FLEET", "TAXI"};
  private static final int[] ARRIVAL_HOUR_WEIGHTS = {
    1, 1, 1, 1, 1, 2, 4, 7, 9, 8, 6, 5, 5, 5, 5, 6, 7, 9, 10, 9, 7, 5, 3, 2
  };
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final ZoneId zone;
  private final LocalDate firstDay;
  private final int days;
  private final long seed;

  private final boolean cdrs;

  public SyntheticSessions(ZoneId zone, LocalDate firstDay, int days, long seed) {
    this(zone, firstDay, days, seed, false);
  }

  /**
   * With {@code cdrs}, the sessions are written as OCPI 2.2.1 CDRs, a JSON array in {@code
   * cdrs-synthetic.json}, instead of {@code sessions-synthetic.csv}: the same month either way.
   */
  public SyntheticSessions(ZoneId zone, LocalDate firstDay, int days, long seed, boolean cdrs) {
    this.zone = zone;
    this.firstDay = firstDay;
    this.days = days;
    this.seed = seed;
    this.cdrs = cdrs;
  }

  /** About 100 sessions per charger a month, as in the benchmark's market. */
  public void write(Path inbox, int operators, long sessions) {
    write(inbox, operators, sessions, Math.max(1, sessions / 100));
  }

  /** Writes {@code chargers.csv} and {@code sessions-synthetic.csv} for each operator. */
  public void write(Path inbox, int operators, long sessions, long chargers) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int op = 1; op <= operators; op++) {
      String operator = "OP" + op;
      long opChargers = share(chargers, operators, op);
      long opSessions = share(sessions, operators, op);
      Path folder = inbox.resolve("operators").resolve(operator);
      int[] power = new int[(int) opChargers];
      SampleMeters meters = new SampleMeters(operator, power.length);
      writeChargers(folder.resolve("chargers.csv"), operator, power, meters, random);
      String file = cdrs ? "cdrs-synthetic.json" : "sessions-synthetic.csv";
      writeSessions(folder.resolve(file), operator, power, meters, opSessions, random);
    }
  }

  private static long share(long total, int parts, int part) {
    return total / parts + (part <= total % parts ? 1 : 0);
  }

  private void writeChargers(
      Path file, String operator, int[] power, SampleMeters meters, SplittableRandom random) {
    try (BufferedWriter out = open(file)) {
      out.write(
          "charger_id,operator_id,site_id,utility_id,district,access,rated_power_kw,"
              + "v2g_capable,ocpp_security_profile,firmware_signed,default_credentials_changed,"
              + "tls_cert_expires,signed_metering,meter_public_key,meter_serial\n");
      for (int i = 0; i < power.length; i++) {
        power[i] = POWER_KW[random.nextInt(POWER_KW.length)];
        meters.install(i, power[i]);
        String site = operator + "-S" + (i / 8);
        out.write(
            String.join(
                ",",
                chargerId(operator, i),
                operator,
                site,
                "UT" + (1 + (i / 8) % 2),
                "D" + (i / 64) % 16,
                ACCESS[random.nextInt(ACCESS.length)],
                Integer.toString(power[i]),
                Boolean.toString(power[i] >= 11 && random.nextInt(4) == 0),
                Integer.toString(1 + random.nextInt(3)),
                Boolean.toString(random.nextInt(10) > 0),
                Boolean.toString(random.nextInt(20) > 0),
                firstDay.plusYears(1).toString(),
                power[i] >= SampleMeters.SIGNED_FROM_KW ? "OCMF" : "NONE",
                meters.publicKey(i),
                meters.serial(i)));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A session planned for a day, before the day's sessions are put in start order. */
  private record Planned(int minuteOfDay, int charger, int minutes, BigDecimal kwh, int card) {}

  /**
   * Writes the sessions day by day in the order they started, numbered in that order, as operators'
   * back offices export them (the Dundee export lists sessions by start too); only one day's
   * sessions are held at a time.
   */
  private void writeSessions(
      Path file,
      String operator,
      int[] power,
      SampleMeters meters,
      long count,
      SplittableRandom random) {
    try (BufferedWriter out = open(file)) {
      out.write(
          cdrs ? "[" : "session_id,charger_id,started_at,ended_at,energy_kwh,id_tag,signed_data\n");
      long n = 0;
      for (int day = 0; day < days; day++) {
        List<Planned> today = new ArrayList<>();
        for (long i = share(count, days, day + 1); i > 0; i--) {
          today.add(plan(power, random));
        }
        today.sort(Comparator.comparingInt(Planned::minuteOfDay)); // stable: ties keep their order
        ZonedDateTime midnight = firstDay.plusDays(day).atStartOfDay(zone);
        for (Planned p : today) {
          ZonedDateTime start = midnight.plusMinutes(p.minuteOfDay());
          ZonedDateTime end = start.plusMinutes(p.minutes());
          String signed = meters.sign(p.charger(), n, start, end, p.kwh());
          if (cdrs) {
            out.write(n == 0 ? "\n" : ",\n");
            out.write(
                SyntheticCdrs.cdr(
                    operator + "-" + String.format("%09d", n++),
                    operator,
                    chargerId(operator, p.charger()),
                    start.toInstant(),
                    end.toInstant(),
                    p.kwh(),
                    p.card(),
                    signed));
            continue;
          }
          out.write(
              operator
                  + "-"
                  + String.format("%09d", n++)
                  + ","
                  + chargerId(operator, p.charger())
                  + ","
                  + ISO.format(start)
                  + ","
                  + ISO.format(end)
                  + ","
                  + p.kwh().toPlainString()
                  + ",card-"
                  + p.card()
                  + ","
                  + SampleMeters.csvField(signed)
                  + "\n");
        }
      }
      if (cdrs) {
        out.write("\n]\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Planned plan(int[] power, SplittableRandom random) {
    int charger = random.nextInt(power.length);
    int minuteOfDay = arrivalHour(random) * 60 + random.nextInt(60);
    int minutes = 15 + random.nextInt(power[charger] >= 60 ? 60 : 480);
    BigDecimal maxKwh =
        BigDecimal.valueOf(power[charger])
            .multiply(BigDecimal.valueOf(minutes))
            .divide(BigDecimal.valueOf(60), 6, RoundingMode.DOWN);
    BigDecimal kwh =
        maxKwh
            .multiply(BigDecimal.valueOf(30 + random.nextInt(66)))
            .divide(BigDecimal.valueOf(100), 3, RoundingMode.DOWN);
    return new Planned(minuteOfDay, charger, minutes, kwh, random.nextInt(50_000));
  }

  private static int arrivalHour(SplittableRandom random) {
    int total = 0;
    for (int w : ARRIVAL_HOUR_WEIGHTS) {
      total += w;
    }
    int pick = random.nextInt(total);
    for (int hour = 0; hour < 24; hour++) {
      pick -= ARRIVAL_HOUR_WEIGHTS[hour];
      if (pick < 0) {
        return hour;
      }
    }
    return 23;
  }

  private static String chargerId(String operator, int index) {
    return operator + "-C" + index;
  }

  private static BufferedWriter open(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
