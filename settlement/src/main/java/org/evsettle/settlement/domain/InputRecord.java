package org.evsettle.settlement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A record as a sender sent it. Its identity is {@link #recordId()} within the sender; two rows
 * with the same id and the same {@link #canonicalContent()} are duplicates, otherwise the later one
 * is a correction.
 */
public sealed interface InputRecord
    permits Charger,
        ChargingSession,
        V2gDischarge,
        IntervalReading,
        DispatchEvent,
        StationRating,
        Site,
        UtilityPrice,
        CarbonIntensity,
        OcpiTariff {

  RecordType type();

  String recordId();

  RecordStatus status();

  /** Every field, normalised (numbers by value, instants in UTC), in a fixed order. */
  String canonicalContent();

  /** Joins normalised field values; helper for {@link #canonicalContent()}. */
  static String canonical(Object... values) {
    return Stream.of(values).map(InputRecord::normalise).collect(Collectors.joining("\u001f"));
  }

  private static String normalise(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Energy e) {
      return normalise(e.kwh());
    }
    if (value instanceof Instant || value instanceof LocalDate) {
      return value.toString();
    }
    // a currency by its ISO 4217 code
    return value.toString();
  }
}
