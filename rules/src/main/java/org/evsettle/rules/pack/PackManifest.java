package org.evsettle.rules.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * {@code pack.yaml}: what the pack is, where and when it applies, how it rounds, who pays
 * subsidies, which legal texts it implements, and which named parameters its rules rely on.
 */
public record PackManifest(
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("zone") String zone,
    @JsonProperty("currency") String currency,
    @JsonProperty("rounding") String rounding,
    @JsonProperty("fund_id") String fundId,
    @JsonProperty("effective_from") LocalDate effectiveFrom,
    @JsonProperty("effective_to") LocalDate effectiveTo,
    @JsonProperty("changes") String changes,
    @JsonProperty("references") Map<String, String> references,
    @JsonProperty("parameters") List<String> parameters) {

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  public Currency currencyUnit() {
    return Currency.getInstance(currency);
  }

  public RoundingMode roundingMode() {
    return RoundingMode.valueOf(rounding.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }

  /** Whether the pack applies on this day (its end date, if any, is exclusive). */
  public boolean appliesOn(LocalDate day) {
    return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
  }

  public List<String> requiredParameters() {
    return parameters == null ? List.of() : parameters;
  }
}
