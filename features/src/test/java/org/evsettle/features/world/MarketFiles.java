package org.evsettle.features.world;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evsettle.rules.model.SiteLoad.SiteIdentity;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.domain.UtilityPrice;
import org.evsettle.settlement.domain.V2gDischarge;

/**
 * A scenario's records as the canonical files their senders would send: each operator's chargers,
 * sites, sessions (card ids in clear: ingest makes them pseudonyms) and discharges; each utility's
 * dispatch events, the readings of its meters, its prices and its grid's carbon intensity; the
 * regulator's ratings.
 */
record MarketFiles(
    List<Charger> chargers,
    List<SiteIdentity> sites,
    List<StationRating> ratings,
    List<StoredRecord<ChargingSession>> sessions,
    List<StoredRecord<V2gDischarge>> discharges,
    List<StoredRecord<DispatchEvent>> dispatch,
    List<IntervalReading> readings,
    List<UtilityPrice> prices,
    List<CarbonIntensity> carbon) {

  void writeInto(Path inbox) {
    Map<Path, List<List<Object>>> rows = new TreeMap<>();
    Map<Path, List<String>> headers = new TreeMap<>();
    for (Charger c : chargers) {
      add(
          rows,
          headers,
          inbox.resolve("operators/" + c.operatorId() + "/chargers.csv"),
          List.of(
              "charger_id",
              "operator_id",
              "site_id",
              "utility_id",
              "district",
              "access",
              "rated_power_kw",
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
              "meter_serial"),
          c.chargerId(),
          c.operatorId(),
          c.siteId(),
          c.utilityId(),
          c.district(),
          c.access(),
          c.ratedPowerKw(),
          c.v2gCapable(),
          c.ocppSecurityProfile(),
          c.firmwareVersion(),
          c.firmwareSigned(),
          c.defaultCredentialsChanged(),
          c.tlsCertExpires(),
          c.signedMetering(),
          c.currentType(),
          c.connector(),
          c.meterPublicKey(),
          c.meterSerial());
    }
    for (SiteIdentity s : sites) {
      add(
          rows,
          headers,
          inbox.resolve("operators/" + s.operatorId() + "/sites.csv"),
          List.of("site_id", "operator_id", "utility_id", "district", "max_demand_kw"),
          s.siteId(),
          s.operatorId(),
          s.utilityId(),
          s.district(),
          s.maxDemandKw());
    }
    for (StationRating r : ratings) {
      add(
          rows,
          headers,
          inbox.resolve("regulator/ratings.csv"),
          List.of("site_id", "quarter", "rating"),
          r.siteId(),
          r.quarter(),
          r.grade());
    }
    for (var stored : sessions) {
      ChargingSession s = stored.record();
      add(
          rows,
          headers,
          inbox.resolve("operators/" + stored.partyId() + "/sessions.csv"),
          List.of(
              "session_id",
              "charger_id",
              "started_at",
              "ended_at",
              "energy_kwh",
              "id_tag",
              "signed_data"),
          s.sessionId(),
          s.chargerId(),
          s.startedAt(),
          s.endedAt(),
          s.energy().kwh(),
          s.idTagPseudonym(),
          s.signedData());
    }
    for (var stored : discharges) {
      V2gDischarge d = stored.record();
      add(
          rows,
          headers,
          inbox.resolve("operators/" + stored.partyId() + "/discharges.csv"),
          List.of("discharge_id", "charger_id", "started_at", "ended_at", "energy_kwh"),
          d.dischargeId(),
          d.chargerId(),
          d.startedAt(),
          d.endedAt(),
          d.energy().kwh());
    }
    for (var stored : dispatch) {
      DispatchEvent e = stored.record();
      add(
          rows,
          headers,
          inbox.resolve("utilities/" + stored.partyId() + "/dispatch.csv"),
          List.of(
              "event_id", "kind", "starts_at", "ends_at", "site_id", "district", "requested_kw"),
          e.eventId(),
          e.kind(),
          e.startsAt(),
          e.endsAt(),
          e.siteId(),
          e.district(),
          e.requestedKw());
    }
    for (IntervalReading r : readings) {
      add(
          rows,
          headers,
          inbox.resolve("utilities/" + utilityOfMeter(r.meterId()) + "/intervals.csv"),
          List.of("meter_id", "interval_start", "interval_minutes", "import_kwh"),
          r.meterId(),
          r.intervalStart(),
          r.intervalMinutes(),
          r.imported().kwh());
    }
    for (UtilityPrice p : prices) {
      add(
          rows,
          headers,
          inbox.resolve("utilities/" + p.utilityId() + "/prices.csv"),
          List.of("utility_id", "interval_start", "interval_minutes", "price", "currency"),
          p.utilityId(),
          p.intervalStart(),
          p.intervalMinutes(),
          p.price(),
          p.currency());
    }
    for (CarbonIntensity c : carbon) {
      add(
          rows,
          headers,
          inbox.resolve("utilities/" + c.utilityId() + "/carbon.csv"),
          List.of("utility_id", "hour_start", "gco2_per_kwh"),
          c.utilityId(),
          c.hourStart(),
          c.gco2PerKwh());
    }
    rows.forEach((file, lines) -> write(file, headers.get(file), lines));
  }

  // a utility sends the readings of its own meters: a charger's or a registered site's
  private String utilityOfMeter(String meter) {
    for (Charger c : chargers) {
      if (c.chargerId().equals(meter) || c.siteId().equals(meter)) {
        return c.utilityId();
      }
    }
    throw new IllegalArgumentException("no charger or site " + meter + " in this scenario");
  }

  private static void add(
      Map<Path, List<List<Object>>> rows,
      Map<Path, List<String>> headers,
      Path file,
      List<String> header,
      Object... values) {
    headers.putIfAbsent(file, header);
    List<Object> row = new ArrayList<>();
    for (Object v : values) {
      row.add(v == null ? "" : v instanceof java.math.BigDecimal d ? d.toPlainString() : v);
    }
    rows.computeIfAbsent(file, f -> new ArrayList<>()).add(row);
  }

  private static void write(Path file, List<String> header, List<List<Object>> lines) {
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CSVPrinter csv =
              new CSVPrinter(
                  out,
                  CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
        for (List<Object> line : lines) {
          csv.printRecord(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
