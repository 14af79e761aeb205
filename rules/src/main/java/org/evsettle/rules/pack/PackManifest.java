package org.evsettle.rules.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pack.yaml}: what the pack is, where and when it applies, how it rounds, who pays
 * subsidies, which legal texts it implements, and which named parameters its rules rely on. A
 * version may {@code extends} another pack folder: it then states only what changes, and inherits
 * every field it leaves out and every rule file it neither replaces nor {@code removes}.
 */
public record PackManifest(
    @JsonProperty("extends") String extendsPack,
    @JsonProperty("removes") List<String> removes,
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
    @JsonProperty("parameters") List<String> parameters,
    @JsonProperty("holidays") List<LocalDate> holidays,
    @JsonProperty("look_back_days") Integer lookBackDays,
    @JsonProperty("components") Map<String, ComponentTerms> components,
    @JsonProperty("window_classes") List<String> windowClasses,
    @JsonProperty("window_time") String windowTime) {

  /**
   * A component as {@code pack.yaml} writes it: {@code payer} and {@code payee} (operator, utility
   * or fund), and {@code energy: true} when its quantity is the record's delivered energy.
   */
  public record ComponentTerms(
      @JsonProperty("payer") String payer,
      @JsonProperty("payee") String payee,
      @JsonProperty("energy") Boolean energy) {}

  /**
   * This version over the one it extends: what it leaves out comes from {@code base}. The version,
   * dates and changes are its own; a version without {@code effective_to} does not inherit one.
   */
  public PackManifest over(PackManifest base) {
    return new PackManifest(
        extendsPack,
        removes,
        or(name, base.name),
        version,
        or(zone, base.zone),
        or(currency, base.currency),
        or(rounding, base.rounding),
        or(fundId, base.fundId),
        effectiveFrom,
        effectiveTo,
        changes,
        or(references, base.references),
        or(parameters, base.parameters),
        or(holidays, base.holidays),
        or(lookBackDays, base.lookBackDays),
        merged(base.components, components),
        or(windowClasses, base.windowClasses),
        or(windowTime, base.windowTime));
  }

  // a version adds components to those it inherits, or redefines some; it never loses the others
  private static Map<String, ComponentTerms> merged(
      Map<String, ComponentTerms> inherited, Map<String, ComponentTerms> own) {
    if (inherited == null || own == null) {
      return or(own, inherited);
    }
    Map<String, ComponentTerms> all = new java.util.LinkedHashMap<>(inherited);
    all.putAll(own);
    return all;
  }

  private static <T> T or(T own, T inherited) {
    return own != null ? own : inherited;
  }

  /** The rule files this version drops from the pack it extends. */
  public List<String> removedFiles() {
    return removes == null ? List.of() : removes;
  }

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  /**
   * The clock the time-of-use windows are written in: {@code local} (default), the zone's wall
   * clock; or {@code standard}, the zone's standard time all year, as tariffs whose off-peak hours
   * do not move with summer time are written (a UK Economy 7 night of 00:30-07:30 GMT is
   * 01:30-08:30 in summer). The standard offset is the zone's on the day the version takes effect.
   */
  public ZoneId windowZone() {
    if (windowTime == null || windowTime.equals("local")) {
      return zoneId();
    }
    if (windowTime.equals("standard")) {
      return zoneId()
          .getRules()
          .getStandardOffset(effectiveFrom.atStartOfDay(zoneId()).toInstant());
    }
    throw new IllegalArgumentException(
        "window_time is '" + windowTime + "': it must be local or standard");
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

  /** The pack's holiday calendar: days that are never a demand-response baseline day. */
  public Set<LocalDate> holidayCalendar() {
    return holidays == null ? Set.of() : Set.copyOf(holidays);
  }

  /**
   * How far before the period the engine's load profiles of sites reach (demand-response baselines
   * look back over weekdays before an event, across the month's start).
   */
  public Duration lookBack() {
    return Duration.ofDays(lookBackDays == null ? 0 : lookBackDays);
  }

  public List<String> requiredParameters() {
    return parameters == null ? List.of() : parameters;
  }
}
