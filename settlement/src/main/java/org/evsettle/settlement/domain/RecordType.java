package org.evsettle.settlement.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of input record, named by the prefix of their file names, with the fields each requires
 * (in the order they are checked) and the role of the party allowed to send them.
 */
public enum RecordType {
  CHARGERS(
      "chargers",
      PartyRole.OPERATORS,
      true,
      List.of("charger_id", "operator_id", "site_id", "utility_id", "access", "rated_power_kw"),
      List.of(
          "district",
          "v2g_capable",
          "ocpp_security_profile",
          "firmware_version",
          "firmware_signed",
          "default_credentials_changed",
          "tls_cert_expires",
          "signed_metering",
          "current_type",
          "connector",
          "meter_public_key",
          "meter_serial",
          "status")),
  RATINGS(
      "ratings",
      PartyRole.REGULATOR,
      true,
      List.of("site_id", "quarter", "rating"),
      List.of("status")),
  SITES(
      "sites",
      PartyRole.OPERATORS,
      true,
      List.of("site_id", "operator_id", "utility_id"),
      List.of("district", "max_demand_kw", "grid_connection", "status")),
  DISPATCH(
      "dispatch",
      PartyRole.UTILITIES,
      false,
      List.of("event_id", "kind", "starts_at", "ends_at"),
      List.of("site_id", "district", "requested_kw", "status")),
  SESSIONS(
      "sessions",
      PartyRole.OPERATORS,
      false,
      List.of("session_id", "charger_id", "started_at", "ended_at", "energy_kwh"),
      List.of("id_tag", "meter_start_kwh", "meter_stop_kwh", "signed_data", "status")),
  DISCHARGES(
      "discharges",
      PartyRole.OPERATORS,
      false,
      List.of("discharge_id", "charger_id", "started_at", "ended_at", "energy_kwh"),
      List.of("dispatch_id", "status")),
  INTERVALS(
      "intervals",
      PartyRole.UTILITIES,
      false,
      List.of("meter_id", "interval_start", "interval_minutes", "import_kwh"),
      List.of("export_kwh", "status")),
  PRICES(
      "prices",
      PartyRole.UTILITIES,
      false,
      List.of("utility_id", "interval_start", "interval_minutes", "price", "currency"),
      List.of("status")),
  CARBON(
      "carbon",
      PartyRole.UTILITIES,
      false,
      List.of("utility_id", "hour_start", "gco2_per_kwh"),
      List.of("status")),
  /**
   * An operator's OCPI 2.2.1 tariffs, sent as JSON ({@code tariffs*.json}), never as CSV; kept as
   * sent for pricing its CDRs. Ingested before events, like the registries.
   */
  TARIFFS(
      "tariffs",
      PartyRole.OPERATORS,
      true,
      List.of("country_code", "party_id", "id", "currency", "elements", "last_updated"),
      List.of());

  private final String filePrefix;
  private final PartyRole sender;
  private final boolean registry;
  private final List<String> requiredFields;
  private final List<String> optionalFields;

  RecordType(
      String filePrefix,
      PartyRole sender,
      boolean registry,
      List<String> requiredFields,
      List<String> optionalFields) {
    this.filePrefix = filePrefix;
    this.sender = sender;
    this.registry = registry;
    this.requiredFields = requiredFields;
    this.optionalFields = optionalFields;
  }

  /**
   * The record type named by a canonical CSV file name ({@code sessions-2026-10.csv}), if any; OCPI
   * JSON files are named otherwise ({@code cdrs*.json}, {@code tariffs*.json}).
   */
  public static Optional<RecordType> ofFileName(String fileName) {
    return Arrays.stream(values())
        .filter(t -> t.isCsv() && fileName.startsWith(t.filePrefix))
        .findFirst();
  }

  /** Whether files of this type are CSV (all but OCPI tariffs, which only come as JSON). */
  public boolean isCsv() {
    return this != TARIFFS;
  }

  public String filePrefix() {
    return filePrefix;
  }

  public PartyRole sender() {
    return sender;
  }

  /**
   * Registry records (chargers, ratings, sites) are ingested before the events that refer to them.
   */
  public boolean isRegistry() {
    return registry;
  }

  public List<String> requiredFields() {
    return requiredFields;
  }

  /** Fields a sender may leave out; dispatch events need a site_id or a district. */
  public List<String> optionalFields() {
    return optionalFields;
  }

  public boolean hasField(String field) {
    return requiredFields.contains(field) || optionalFields.contains(field);
  }
}
