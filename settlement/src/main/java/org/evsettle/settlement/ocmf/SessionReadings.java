package org.evsettle.settlement.ocmf;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The energy register of a session read from its datasets' readings (in order), with the first
 * thing that makes it unusable for billing, if any.
 */
record SessionReadings(BigDecimal beginKwh, BigDecimal endKwh, Optional<String> problem) {

  /** TX letters that end a transaction (E, or the more precise local/remote/abort/power). */
  private static final Set<String> END_REASONS = Set.of("E", "L", "R", "A", "P");

  private static final DateTimeFormatter OCMF_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss,SSSZ");

  BigDecimal energyKwh() {
    return beginKwh == null || endKwh == null ? null : endKwh.subtract(beginKwh);
  }

  static SessionReadings read(List<OcmfPayload> payloads) throws OcmfDecodeException {
    List<OcmfReading> all = payloads.stream().flatMap(p -> p.readings().stream()).toList();
    if (all.isEmpty()) {
      throw new OcmfDecodeException("the data holds no readings (RD)");
    }
    List<Numbered> register = energyRegister(all);
    Numbered begin =
        register.stream().filter(n -> "B".equals(n.reading.transaction())).findFirst().orElse(null);
    Numbered end = null;
    for (Numbered n : register) {
      if (END_REASONS.contains(n.reading.transaction())) {
        end = n;
      }
    }
    BigDecimal beginKwh = begin == null ? null : begin.kwh;
    BigDecimal endKwh = end == null ? null : end.kwh;
    return new SessionReadings(beginKwh, endKwh, problem(all, register, begin, end));
  }

  private static Optional<String> problem(
      List<OcmfReading> all, List<Numbered> register, Numbered begin, Numbered end) {
    for (int i = 0; i < all.size(); i++) {
      OcmfReading reading = all.get(i);
      int number = i + 1;
      if (reading.errorFlags() != null && !reading.errorFlags().isBlank()) {
        return Optional.of(
            "error flag " + reading.errorFlags().strip() + " set on reading " + number);
      }
      if (reading.status() != null && !reading.status().strip().equals("G")) {
        return Optional.of(
            "meter status "
                + reading.status().strip()
                + " on reading "
                + number
                + " (not G, good)");
      }
      if ("X".equals(reading.transaction())) {
        return Optional.of(
            "reading " + number + " is an exception (X): energy and time are no longer usable");
      }
    }
    if (begin == null) {
      return Optional.of("no begin reading");
    }
    if (end == null) {
      return Optional.of("no end reading");
    }
    if (end.number < begin.number) {
      return Optional.of(
          "readings out of order: the end (reading " + end.number + ") comes before the begin");
    }
    Numbered previous = null;
    for (Numbered n : register) {
      if (n.number < begin.number || n.number > end.number) {
        continue;
      }
      if (previous != null && n.kwh.compareTo(previous.kwh) < 0) {
        return Optional.of(
            "readings out of order: reading "
                + n.number
                + " ("
                + plain(n.kwh)
                + " kWh) is below reading "
                + previous.number
                + " ("
                + plain(previous.kwh)
                + " kWh)");
      }
      previous = n;
    }
    Optional<OffsetDateTime> from = time(begin.reading);
    Optional<OffsetDateTime> to = time(end.reading);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      return Optional.of(
          "readings out of order: the end time "
              + to.get()
              + " is before the begin time "
              + from.get());
    }
    return Optional.empty();
  }

  /**
   * The register the session is billed on: that of the first begin reading in kWh or Wh. Readings
   * of other registers (export, seconds, totals) ride along in the same datasets and are left out.
   */
  private static List<Numbered> energyRegister(List<OcmfReading> all) throws OcmfDecodeException {
    String registerId = null;
    boolean found = false;
    for (OcmfReading reading : all) {
      if ("B".equals(reading.transaction()) && EnergyUnit.isEnergy(reading.unit())) {
        registerId = reading.identification();
        found = true;
        break;
      }
    }
    List<Numbered> register = new ArrayList<>();
    if (!found) {
      return register;
    }
    for (int i = 0; i < all.size(); i++) {
      OcmfReading reading = all.get(i);
      if (reading.transaction() != null
          && EnergyUnit.isEnergy(reading.unit())
          && Objects.equals(registerId, reading.identification())) {
        register.add(new Numbered(i + 1, reading, EnergyUnit.toKwh(reading, i + 1)));
      }
    }
    return register;
  }

  private static Optional<OffsetDateTime> time(OcmfReading reading) {
    if (reading.time() == null || reading.time().isBlank()) {
      return Optional.empty();
    }
    String stamp = reading.time().strip().split(" ")[0];
    try {
      return Optional.of(OffsetDateTime.parse(stamp, OCMF_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private record Numbered(int number, OcmfReading reading, BigDecimal kwh) {}
}
