package org.evsettle.rules.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.CurrentType;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.DispatchKind;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.MeterVerdict;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.Quarter;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.StationGrade;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.domain.V2gDischarge;
import org.evsettle.settlement.ocmf.SigningMeter;

/**
 * A worked example in Beijing time: chargers, sessions, discharges, readings, dispatch events and
 * ratings of operator OP1 (utility UT1), evaluated with a pack. Times are written as local {@code
 * 2026-10-01T22:30} and read at +08:00. Sessions are first reported one hour after they end unless
 * a test says otherwise. Chargers register {@link #METER} and sessions carry the meter values it
 * signed for their energy unless a test says otherwise.
 */
final class Scenario {

  final List<Charger> chargers = new ArrayList<>();
  final List<StoredRecord<ChargingSession>> sessions = new ArrayList<>();
  final List<StoredRecord<V2gDischarge>> discharges = new ArrayList<>();
  final List<StoredRecord<DispatchEvent>> dispatch = new ArrayList<>();
  final List<StationRating> ratings = new ArrayList<>();
  final List<IntervalReading> readings = new ArrayList<>();
  final Map<String, BigDecimal> capUsed = new HashMap<>();
  final List<PolicyLine> lines = new ArrayList<>();
  final List<MeterVerdict> meterVerdicts = new ArrayList<>();
  Evaluation evaluation;

  /** The meter of the scenario's compliant chargers (deterministic ECDSA, a fixed test key). */
  static final SigningMeter METER = new SigningMeter(BigInteger.valueOf(4242L), "SCENARIO-M1");

  static Instant local(String text) {
    return OffsetDateTime.parse(text + ":00+08:00").toInstant();
  }

  /** A compliant charger: profile 3, signed firmware, changed credentials, OCMF, cert valid. */
  Scenario charger(String id, String site, String district, AccessType access, String kw) {
    return charger(id, site, district, access, kw, null, null);
  }

  /** A compliant charger that reports its current type and connector ({@code null}: not). */
  Scenario charger(
      String id,
      String site,
      String district,
      AccessType access,
      String kw,
      CurrentType current,
      String connector) {
    chargers.add(
        new Charger(
            id,
            "OP1",
            site,
            "UT1",
            district,
            access,
            new BigDecimal(kw),
            true,
            3,
            "1.0",
            true,
            true,
            java.time.LocalDate.parse("2030-01-01"),
            SignedMetering.OCMF,
            current,
            connector,
            METER.publicKeyHex(),
            METER.serial(),
            RecordStatus.ACTIVE));
    return this;
  }

  Scenario charger(Charger charger) {
    chargers.add(charger);
    return this;
  }

  Scenario rating(String site, String quarter, StationGrade grade) {
    ratings.add(new StationRating(site, Quarter.parse(quarter), grade, RecordStatus.ACTIVE));
    return this;
  }

  Scenario session(String id, String charger, String from, String to, String kwh) {
    return reportedSession(id, charger, from, to, kwh, local(to).plusSeconds(3600));
  }

  Scenario reportedSession(
      String id, String charger, String from, String to, String kwh, Instant firstReported) {
    return sessionWith(id, charger, from, to, kwh, signed(from, to, kwh), firstReported);
  }

  /** A session whose signed data are {@code signedData} ({@code null}: none). */
  Scenario sessionSigned(
      String id, String charger, String from, String to, String kwh, String signedData) {
    return sessionWith(id, charger, from, to, kwh, signedData, local(to).plusSeconds(3600));
  }

  /** What {@link #METER} signs for {@code kwh} charged from {@code from} to {@code to}. */
  static String signed(String from, String to, String kwh) {
    BigDecimal start = new BigDecimal("5000");
    return METER.signSession(
        local(from), local(to), start, start.add(new BigDecimal(kwh)), ZoneOffset.ofHours(8));
  }

  private Scenario sessionWith(
      String id,
      String charger,
      String from,
      String to,
      String kwh,
      String signedData,
      Instant firstReported) {
    var s =
        new ChargingSession(
            id,
            charger,
            local(from),
            local(to),
            Energy.kwh(kwh),
            null,
            null,
            null,
            signedData,
            RecordStatus.ACTIVE);
    sessions.add(new StoredRecord<>(s, "OP1", 1, "h", 1, 2, firstReported, firstReported));
    return this;
  }

  Scenario discharge(String id, String charger, String from, String to, String kwh) {
    var d =
        new V2gDischarge(
            id, charger, local(from), local(to), Energy.kwh(kwh), null, RecordStatus.ACTIVE);
    discharges.add(new StoredRecord<>(d, "OP1", 1, "h", 1, 2, local(to), local(to)));
    return this;
  }

  Scenario dischargeRequest(String id, String from, String to, String site, String district) {
    var e =
        new DispatchEvent(
            id,
            DispatchKind.DISCHARGE_REQUEST,
            local(from),
            local(to),
            site,
            district,
            null,
            RecordStatus.ACTIVE);
    dispatch.add(new StoredRecord<>(e, "UT1", 1, "h", 1, 2, local(from), local(from)));
    return this;
  }

  Scenario reading(String meter, String from, int minutes, String kwh) {
    readings.add(
        new IntervalReading(
            meter, local(from), minutes, Energy.kwh(kwh), null, RecordStatus.ACTIVE));
    return this;
  }

  Scenario capUsed(String charger, String kwh) {
    capUsed.put(charger, new BigDecimal(kwh));
    return this;
  }

  Scenario evaluate(CompiledPack pack, String period) {
    IntervalSource intervals = IntervalSource.of(readings);
    var partition =
        new Partition(
            "OP1",
            YearMonth.parse(period),
            chargers,
            ratings,
            dispatch,
            capUsed,
            sessions,
            discharges,
            intervals);
    evaluation =
        new PolicyEngine(2)
            .tellingMeterVerdicts(meterVerdicts::add)
            .evaluate(pack, partition, lines::add);
    return this;
  }

  /** Lines as "COMPONENT WINDOW record payer->payee quantity x rate = amount". */
  List<String> lineSummaries() {
    return lines.stream().map(Scenario::summary).toList();
  }

  static String summary(PolicyLine l) {
    return l.component()
        + " "
        + (l.windowClass() == null ? "-" : l.windowClass())
        + " "
        + l.recordId()
        + " "
        + l.payer()
        + "->"
        + l.payee()
        + " "
        + l.quantity().stripTrailingZeros().toPlainString()
        + " x "
        + l.rate().stripTrailingZeros().toPlainString()
        + " = "
        + l.amount().amount().toPlainString();
  }
}
