package org.evsettle.rules.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.evsettle.rules.engine.Evaluation;
import org.evsettle.rules.engine.IntervalSource;
import org.evsettle.rules.engine.Partition;
import org.evsettle.rules.engine.PolicyEngine;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.DispatchKind;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.Quarter;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.StationGrade;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.domain.V2gDischarge;

/** Runs one worked example through a compiled pack and lists what differs from its expectation. */
public final class ExampleRunner {

  private static final LocalDate FAR_FUTURE = LocalDate.parse("2099-12-31");

  /** The differences, as sentences; empty when the pack produces exactly what was expected. */
  public List<String> run(CompiledPack pack, PackExample example) {
    List<PolicyLine> produced = new ArrayList<>();
    Evaluation evaluation =
        new PolicyEngine(1000).evaluate(pack, partition(example), produced::add);
    List<String> actual = new ArrayList<>(produced.stream().map(ExampleRunner::key).toList());
    List<String> expected =
        new ArrayList<>(
            orEmpty(example.expectedLines()).stream().map(PackExample.LineRow::key).toList());
    List<String> differences = new ArrayList<>();
    List<String> missing = new ArrayList<>(expected);
    actual.forEach(missing::remove);
    List<String> extra = new ArrayList<>(actual);
    expected.forEach(extra::remove);
    missing.forEach(l -> differences.add("expected but not produced: " + l));
    extra.forEach(l -> differences.add("produced but not expected: " + l));
    List<String> violations =
        evaluation.violations().stream()
            .map(v -> v.chargerId() + " " + v.requirement())
            .sorted()
            .toList();
    List<String> expectedViolations =
        orEmpty(example.expectedViolations()).stream()
            .map(v -> v.chargerId() + " " + v.requirement())
            .sorted()
            .toList();
    if (!violations.equals(expectedViolations)) {
      differences.add("violations " + violations + ", expected " + expectedViolations);
    }
    return differences;
  }

  static String key(PolicyLine l) {
    return new PackExample.LineRow(
            l.component().name(),
            l.windowClass() == null ? null : l.windowClass().name(),
            l.recordId(),
            l.payer(),
            l.payee(),
            l.quantity(),
            l.rate(),
            l.amount().amount())
        .key();
  }

  private static Partition partition(PackExample e) {
    String operator = e.operator();
    List<Charger> chargers =
        orEmpty(e.chargers()).stream()
            .map(
                c ->
                    new Charger(
                        c.chargerId(),
                        operator,
                        c.siteId(),
                        c.utilityId(),
                        c.district(),
                        AccessType.valueOf(c.access()),
                        c.ratedPowerKw(),
                        c.v2gCapable() != null && c.v2gCapable(),
                        c.ocppSecurityProfile() == null ? 3 : c.ocppSecurityProfile(),
                        "1",
                        c.firmwareSigned() == null || c.firmwareSigned(),
                        c.defaultCredentialsChanged() == null || c.defaultCredentialsChanged(),
                        c.tlsCertExpires() == null ? FAR_FUTURE : c.tlsCertExpires(),
                        c.signedMetering() == null
                            ? SignedMetering.OCMF
                            : SignedMetering.valueOf(c.signedMetering()),
                        RecordStatus.ACTIVE))
            .toList();
    List<StationRating> ratings =
        orEmpty(e.ratings()).stream()
            .map(
                r ->
                    new StationRating(
                        r.siteId(),
                        Quarter.parse(r.quarter()),
                        StationGrade.valueOf(r.rating()),
                        RecordStatus.ACTIVE))
            .toList();
    List<StoredRecord<ChargingSession>> sessions =
        orEmpty(e.sessions()).stream()
            .map(
                s -> {
                  Instant reported =
                      s.firstReportedAt() == null
                          ? s.endedAt().toInstant().plusSeconds(3600)
                          : s.firstReportedAt().toInstant();
                  return new StoredRecord<>(
                      new ChargingSession(
                          s.sessionId(),
                          s.chargerId(),
                          s.startedAt().toInstant(),
                          s.endedAt().toInstant(),
                          new Energy(s.energyKwh()),
                          null,
                          null,
                          null,
                          null,
                          RecordStatus.ACTIVE),
                      operator,
                      1,
                      "",
                      0,
                      0,
                      reported,
                      reported);
                })
            .toList();
    List<StoredRecord<V2gDischarge>> discharges =
        orEmpty(e.discharges()).stream()
            .map(
                d ->
                    new StoredRecord<>(
                        new V2gDischarge(
                            d.dischargeId(),
                            d.chargerId(),
                            d.startedAt().toInstant(),
                            d.endedAt().toInstant(),
                            new Energy(d.energyKwh()),
                            null,
                            RecordStatus.ACTIVE),
                        operator,
                        1,
                        "",
                        0,
                        0,
                        d.endedAt().toInstant(),
                        d.endedAt().toInstant()))
            .toList();
    List<StoredRecord<DispatchEvent>> dispatch =
        orEmpty(e.dispatch()).stream()
            .map(
                d ->
                    new StoredRecord<>(
                        new DispatchEvent(
                            d.eventId(),
                            DispatchKind.valueOf(d.kind()),
                            d.startsAt().toInstant(),
                            d.endsAt().toInstant(),
                            d.siteId(),
                            d.district(),
                            null,
                            RecordStatus.ACTIVE),
                        d.utilityId(),
                        1,
                        "",
                        0,
                        0,
                        d.startsAt().toInstant(),
                        d.startsAt().toInstant()))
            .toList();
    List<IntervalReading> readings =
        orEmpty(e.readings()).stream()
            .map(
                r ->
                    new IntervalReading(
                        r.meterId(),
                        r.intervalStart().toInstant(),
                        r.intervalMinutes(),
                        new Energy(r.importKwh()),
                        null,
                        RecordStatus.ACTIVE))
            .toList();
    IntervalSource intervals = IntervalSource.of(readings);
    Map<String, BigDecimal> capUsed = e.capUsed() == null ? Map.of() : e.capUsed();
    return new Partition(
        operator,
        YearMonth.parse(e.period()),
        chargers,
        ratings,
        dispatch,
        capUsed,
        sessions,
        discharges,
        intervals);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? Collections.emptyList() : list;
  }
}
