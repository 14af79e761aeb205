package org.evsettle.integrations.ingest;

import java.util.Locale;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.integrations.csv.RowFields;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.CurrentType;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.DispatchKind;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.InputRecord;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.Quarter;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.RejectionCode;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.Site;
import org.evsettle.settlement.domain.StationGrade;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.UtilityPrice;
import org.evsettle.settlement.domain.V2gDischarge;

/**
 * Turns a row's fields into a record of its type. Every required field is checked for presence
 * first, in the order the format lists them, so a row missing several fields always names the same
 * one; then values are parsed. The id tag is pseudonymised here, before anything else sees it.
 */
final class RecordParser {

  private final IdTagPseudonymizer pseudonymizer;

  RecordParser(IdTagPseudonymizer pseudonymizer) {
    this.pseudonymizer = pseudonymizer;
  }

  InputRecord parse(RecordType type, RowFields row) {
    for (String field : type.requiredFields()) {
      if (row.isMissing(field)) {
        throw FieldProblem.missing(field);
      }
    }
    if (type == RecordType.DISPATCH && row.isMissing("site_id") && row.isMissing("district")) {
      throw new FieldProblem(
          RejectionCode.MISSING_FIELD, "site_id", "a dispatch event needs a site_id or a district");
    }
    RecordStatus status =
        row.isMissing("status") ? RecordStatus.ACTIVE : row.enumValue("status", RecordStatus.class);
    return switch (type) {
      case CHARGERS -> charger(row, status);
      case SESSIONS ->
          new ChargingSession(
              row.requiredText("session_id"),
              row.requiredText("charger_id"),
              row.instant("started_at"),
              row.instant("ended_at"),
              new Energy(row.decimal("energy_kwh")),
              pseudonymizer.pseudonym(row.text("id_tag")),
              row.decimal("meter_start_kwh"),
              row.decimal("meter_stop_kwh"),
              row.text("signed_data"),
              status);
      case DISCHARGES ->
          new V2gDischarge(
              row.requiredText("discharge_id"),
              row.requiredText("charger_id"),
              row.instant("started_at"),
              row.instant("ended_at"),
              new Energy(row.decimal("energy_kwh")),
              row.text("dispatch_id"),
              status);
      case INTERVALS -> {
        var exported = row.decimal("export_kwh");
        yield new IntervalReading(
            row.requiredText("meter_id"),
            row.instant("interval_start"),
            row.integer("interval_minutes"),
            new Energy(row.decimal("import_kwh")),
            exported == null ? null : new Energy(exported),
            status);
      }
      case DISPATCH ->
          new DispatchEvent(
              row.requiredText("event_id"),
              row.enumValue("kind", DispatchKind.class),
              row.instant("starts_at"),
              row.instant("ends_at"),
              row.text("site_id"),
              row.text("district"),
              row.decimal("requested_kw"),
              status);
      case RATINGS ->
          new StationRating(
              row.requiredText("site_id"),
              quarter(row),
              row.enumValue("rating", StationGrade.class),
              status);
      case SITES ->
          new Site(
              row.requiredText("site_id"),
              row.requiredText("operator_id"),
              row.requiredText("utility_id"),
              row.text("district"),
              row.decimal("max_demand_kw"),
              row.text("grid_connection"),
              status);
      case PRICES ->
          new UtilityPrice(
              row.requiredText("utility_id"),
              row.instant("interval_start"),
              row.integer("interval_minutes"),
              row.decimal("price"),
              row.currency("currency"),
              status);
      case CARBON ->
          new CarbonIntensity(
              row.requiredText("utility_id"),
              row.instant("hour_start"),
              row.decimal("gco2_per_kwh"),
              status);
      case TARIFFS -> throw new IllegalStateException("tariffs come as OCPI JSON, never as rows");
    };
  }

  private static Charger charger(RowFields row, RecordStatus status) {
    return new Charger(
        row.requiredText("charger_id"),
        row.requiredText("operator_id"),
        row.requiredText("site_id"),
        row.requiredText("utility_id"),
        row.text("district"),
        row.enumValue("access", AccessType.class),
        row.decimal("rated_power_kw"),
        row.bool("v2g_capable"),
        row.integer("ocpp_security_profile"),
        row.text("firmware_version"),
        row.bool("firmware_signed"),
        row.bool("default_credentials_changed"),
        row.date("tls_cert_expires"),
        row.enumValue("signed_metering", SignedMetering.class),
        row.enumValue("current_type", CurrentType.class),
        upperCase(row.text("connector")),
        row.text("meter_public_key"),
        row.text("meter_serial"),
        status);
  }

  /**
   * Connector names are OCPI's upper-case constants; senders also write {@code gbt_dc}, which must
   * be the same connector (and the same content, so not a correction).
   */
  private static String upperCase(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  private static Quarter quarter(RowFields row) {
    String text = row.requiredText("quarter");
    try {
      return Quarter.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw FieldProblem.unparsable("quarter", text, "a quarter like 2026-Q4");
    }
  }
}
