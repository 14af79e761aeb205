package org.evsettle.settlement.persistence;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.InputRecord;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.OcpiTariff;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.Site;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.UtilityPrice;
import org.evsettle.settlement.domain.V2gDischarge;

/**
 * The insert statement of each record table and how a record's fields bind to it. Column types are
 * given explicitly so batches never ask the driver for parameter metadata.
 */
final class RecordTables {

  private static final String COMMON =
      "party_id, record_id, version, status, content_sha256, file_id, line_no, received_at,"
          + " first_received_at";
  private static final int[] COMMON_TYPES = {
    Types.VARCHAR,
    Types.VARCHAR,
    Types.INTEGER,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.BIGINT,
    Types.BIGINT,
    Types.TIMESTAMP_WITH_TIMEZONE,
    Types.TIMESTAMP_WITH_TIMEZONE
  };

  private RecordTables() {}

  record Table(String name, String insertSql, int[] types) {}

  static Table of(RecordType type) {
    return switch (type) {
      case CHARGERS ->
          table(
              "charger",
              "operator_id, site_id, utility_id, district, access, rated_power_kw, v2g_capable,"
                  + " ocpp_security_profile, firmware_version, firmware_signed,"
                  + " default_credentials_changed, tls_cert_expires, signed_metering,"
                  + " current_type, connector, meter_public_key, meter_serial",
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.NUMERIC,
              Types.BOOLEAN,
              Types.INTEGER,
              Types.VARCHAR,
              Types.BOOLEAN,
              Types.BOOLEAN,
              Types.DATE,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR);
      case SESSIONS ->
          table(
              "charging_session",
              "charger_id, started_at, ended_at, energy_kwh, id_tag_pseudonym, meter_start_kwh,"
                  + " meter_stop_kwh, signed_data",
              Types.VARCHAR,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.NUMERIC,
              Types.VARCHAR,
              Types.NUMERIC,
              Types.NUMERIC,
              Types.VARCHAR);
      case DISCHARGES ->
          table(
              "v2g_discharge",
              "charger_id, started_at, ended_at, energy_kwh, dispatch_id",
              Types.VARCHAR,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.NUMERIC,
              Types.VARCHAR);
      case INTERVALS ->
          table(
              "interval_reading",
              "meter_id, interval_start, interval_minutes, import_kwh, export_kwh",
              Types.VARCHAR,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.INTEGER,
              Types.NUMERIC,
              Types.NUMERIC);
      case DISPATCH ->
          table(
              "dispatch_event",
              "kind, starts_at, ends_at, site_id, district, requested_kw",
              Types.VARCHAR,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.NUMERIC);
      case RATINGS ->
          table(
              "station_rating",
              "site_id, quarter, rating",
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR);
      case SITES ->
          table(
              "site",
              "operator_id, utility_id, district, max_demand_kw, grid_connection",
              Types.VARCHAR,
              Types.VARCHAR,
              Types.VARCHAR,
              Types.NUMERIC,
              Types.VARCHAR);
      case PRICES ->
          table(
              "utility_price",
              "utility_id, interval_start, interval_minutes, price, currency",
              Types.VARCHAR,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.INTEGER,
              Types.NUMERIC,
              Types.VARCHAR);
      case CARBON ->
          table(
              "carbon_intensity",
              "utility_id, hour_start, gco2_per_kwh",
              Types.VARCHAR,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.NUMERIC);
      case TARIFFS ->
          table(
              "ocpi_tariff",
              "currency, last_updated, tariff_json",
              Types.VARCHAR,
              Types.TIMESTAMP_WITH_TIMEZONE,
              Types.VARCHAR);
    };
  }

  static Object[] bind(NewVersion v, long fileId) {
    List<Object> args = new ArrayList<>(24);
    InputRecord r = v.record();
    args.add(v.partyId());
    args.add(r.recordId());
    args.add(v.version());
    args.add(r.status().name());
    args.add(v.contentSha256());
    args.add(fileId);
    args.add(v.line());
    args.add(utc(v.receivedAt()));
    args.add(utc(v.firstReceivedAt()));
    if (r instanceof Charger c) {
      args.add(c.operatorId());
      args.add(c.siteId());
      args.add(c.utilityId());
      args.add(c.district());
      args.add(c.access().name());
      args.add(c.ratedPowerKw());
      args.add(c.v2gCapable());
      args.add(c.ocppSecurityProfile());
      args.add(c.firmwareVersion());
      args.add(c.firmwareSigned());
      args.add(c.defaultCredentialsChanged());
      args.add(c.tlsCertExpires());
      args.add(name(c.signedMetering()));
      args.add(name(c.currentType()));
      args.add(c.connector());
      args.add(c.meterPublicKey());
      args.add(c.meterSerial());
    } else if (r instanceof ChargingSession s) {
      args.add(s.chargerId());
      args.add(utc(s.startedAt()));
      args.add(utc(s.endedAt()));
      args.add(s.energy().kwh());
      args.add(s.idTagPseudonym());
      args.add(s.meterStartKwh());
      args.add(s.meterStopKwh());
      args.add(s.signedData());
    } else if (r instanceof V2gDischarge d) {
      args.add(d.chargerId());
      args.add(utc(d.startedAt()));
      args.add(utc(d.endedAt()));
      args.add(d.energy().kwh());
      args.add(d.dispatchId());
    } else if (r instanceof IntervalReading i) {
      args.add(i.meterId());
      args.add(utc(i.intervalStart()));
      args.add(i.intervalMinutes());
      args.add(i.imported().kwh());
      args.add(i.exported() == null ? null : i.exported().kwh());
    } else if (r instanceof DispatchEvent e) {
      args.add(e.kind().name());
      args.add(utc(e.startsAt()));
      args.add(utc(e.endsAt()));
      args.add(e.siteId());
      args.add(e.district());
      args.add(e.requestedKw());
    } else if (r instanceof StationRating s) {
      args.add(s.siteId());
      args.add(s.quarter().toString());
      args.add(s.grade().name());
    } else if (r instanceof Site site) {
      args.add(site.operatorId());
      args.add(site.utilityId());
      args.add(site.district());
      args.add(site.maxDemandKw());
      args.add(site.gridConnection());
    } else if (r instanceof UtilityPrice p) {
      args.add(p.utilityId());
      args.add(utc(p.intervalStart()));
      args.add(p.intervalMinutes());
      args.add(p.price());
      args.add(p.currency().getCurrencyCode());
    } else if (r instanceof CarbonIntensity c) {
      args.add(c.utilityId());
      args.add(utc(c.hourStart()));
      args.add(c.gco2PerKwh());
    } else if (r instanceof OcpiTariff t) {
      args.add(t.currency().getCurrencyCode());
      args.add(utc(t.lastUpdated()));
      args.add(t.json());
    }
    return args.toArray();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Table table(String name, String columns, int... types) {
    int[] all = new int[COMMON_TYPES.length + types.length];
    System.arraycopy(COMMON_TYPES, 0, all, 0, COMMON_TYPES.length);
    System.arraycopy(types, 0, all, COMMON_TYPES.length, types.length);
    String placeholders = String.join(", ", java.util.Collections.nCopies(all.length, "?"));
    return new Table(
        name,
        "insert into " + name + " (" + COMMON + ", " + columns + ") values (" + placeholders + ")",
        all);
  }
}
