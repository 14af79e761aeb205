package org.evsettle.features.world;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evsettle.rules.engine.Evaluation;
import org.evsettle.rules.engine.MarketInputs;
import org.evsettle.rules.engine.PolicyEngine;
import org.evsettle.rules.engine.UtilitySeries;
import org.evsettle.rules.model.SiteLoad.SiteIdentity;
import org.evsettle.rules.pack.PackSelection;
import org.evsettle.rules.pack.PolicyPacks;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.CarbonIntensity;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.DispatchKind;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.StoredRecord;
import org.evsettle.settlement.domain.UtilityPrice;
import org.evsettle.settlement.domain.V2gDischarge;
import org.evsettle.settlement.ocmf.SigningMeter;

/**
 * The market of one scenario: the pack, the operators' chargers and records, the regulator's
 * ratings and the utilities' readings and requests. Settled lazily, operator by operator, the first
 * time a step asks for an outcome. Times in steps are Beijing local time ({@code 2026-10-01
 * 22:30}).
 */
public class Market {

  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private PolicyPacks packs;
  private Path rulesFolder;
  private String packName;
  private Path pipelineHome;
  private boolean reportedLate;
  private final java.util.Set<String> cards = new java.util.TreeSet<>();
  private final Map<String, Charger> chargers = new LinkedHashMap<>();
  private final List<StationRating> ratings = new ArrayList<>();
  private final List<StoredRecord<ChargingSession>> sessions = new ArrayList<>();
  private final List<StoredRecord<V2gDischarge>> discharges = new ArrayList<>();
  private final List<StoredRecord<DispatchEvent>> dispatch = new ArrayList<>();
  private final List<IntervalReading> readings = new ArrayList<>();
  private final List<SiteIdentity> sites = new ArrayList<>();
  private final List<UtilityPrice> prices = new ArrayList<>();
  private final List<CarbonIntensity> carbon = new ArrayList<>();
  private final Map<String, BigDecimal> capUsed = new HashMap<>();
  private YearMonth period;
  private final List<PolicyLine> lines = new ArrayList<>();
  private final Map<String, Evaluation> evaluations = new LinkedHashMap<>();
  private final List<org.evsettle.settlement.domain.MeterVerdict> meterVerdicts = new ArrayList<>();

  /**
   * The meter of every compliant charger: it signs each session's meter values for the energy
   * charged unless a step says otherwise (deterministic ECDSA with a fixed test key).
   */
  public static final SigningMeter METER =
      new SigningMeter(java.math.BigInteger.valueOf(20261006L), "FEATURE-METER-1");

  private static final BigDecimal METER_START_KWH = new BigDecimal("2000");
  private PackSelection selection;

  private ZoneId zone = BEIJING;

  /** Local times of steps are in this zone (the pack's), Beijing's unless a step says otherwise. */
  public void inZone(ZoneId zone) {
    this.zone = zone;
  }

  public Instant local(String text) {
    return LocalDateTime.parse(text, LOCAL).atZone(zone).toInstant();
  }

  /** The shipped packs are compiled once for all scenarios; a working copy gets its own. */
  private static final Map<Path, PolicyPacks> SHIPPED =
      new java.util.concurrent.ConcurrentHashMap<>();

  public void usePacks(Path rulesFolder, String name) {
    this.rulesFolder = rulesFolder;
    this.packs =
        rulesFolder.normalize().endsWith(Path.of("rules", "policies"))
            ? SHIPPED.computeIfAbsent(rulesFolder.normalize(), PolicyPacks::new)
            : new PolicyPacks(rulesFolder);
    this.packName = name;
  }

  public PolicyPacks packs() {
    return packs;
  }

  public void addCharger(Charger charger) {
    chargers.put(charger.chargerId(), charger);
  }

  public Charger charger(String id) {
    Charger c = chargers.get(id);
    if (c == null) {
      throw new IllegalArgumentException("no charger " + id + " in this scenario");
    }
    return c;
  }

  /** A compliant charger (profile 3, signed firmware, changed credentials, OCMF, valid cert). */
  public static Charger compliant(
      String operator,
      String id,
      AccessType access,
      String kw,
      String site,
      String district,
      String utility) {
    return compliant(operator, id, access, kw, site, district, utility, null, null);
  }

  /** A compliant charger of a current type (AC, DC) and connector, either may be null. */
  public static Charger compliant(
      String operator,
      String id,
      AccessType access,
      String kw,
      String site,
      String district,
      String utility,
      org.evsettle.settlement.domain.CurrentType currentType,
      String connector) {
    return new Charger(
        id,
        operator,
        site,
        utility,
        district,
        access,
        new BigDecimal(kw),
        true,
        3,
        "1.0",
        true,
        true,
        LocalDate.parse("2099-12-31"),
        SignedMetering.OCMF,
        currentType,
        connector,
        METER.publicKeyHex(),
        METER.serial(),
        RecordStatus.ACTIVE);
  }

  public void rate(StationRating rating) {
    ratings.add(rating);
  }

  public void capUsed(String charger, BigDecimal kwh) {
    capUsed.put(charger, kwh);
  }

  public void charge(
      String operator, String id, String charger, String from, String to, String kwh) {
    charge(operator, id, charger, from, to, kwh, null);
  }

  /** A session of a card (its id tag, taken as its pseudonym). */
  public void charge(
      String operator, String id, String charger, String from, String to, String kwh, String card) {
    charge(operator, id, charger, local(from), local(to), kwh, card);
  }

  /** A session between two instants (a clock change makes a local time ambiguous). */
  public void charge(
      String operator,
      String id,
      String charger,
      Instant from,
      Instant to,
      String kwh,
      String card) {
    charge(operator, id, charger, from, to, kwh, card, signed(from, to, new BigDecimal(kwh)));
  }

  /** What {@link #METER} signs for {@code kwh} charged from {@code from} to {@code to}. */
  public String signed(Instant from, Instant to, BigDecimal kwh) {
    return METER.signSession(
        from, to, METER_START_KWH, METER_START_KWH.add(kwh), zone.getRules().getOffset(from));
  }

  /** A session with these signed meter values ({@code null}: none). */
  public void charge(
      String operator,
      String id,
      String charger,
      Instant from,
      Instant to,
      String kwh,
      String card,
      String signedData) {
    var s =
        new ChargingSession(
            id,
            charger,
            from,
            to,
            Energy.kwh(kwh),
            card,
            null,
            null,
            signedData,
            RecordStatus.ACTIVE);
    if (card != null) {
      cards.add(card);
    }
    Instant reported = to.plusSeconds(3600);
    sessions.add(new StoredRecord<>(s, operator, 1, "", 0, 0, reported, reported));
    if (period == null) {
      period = YearMonth.from(from.atZone(zone));
    }
  }

  /** The last session charged was first reported at this local time. */
  public void lastSessionReportedAt(String when) {
    reportedLate = true;
    var last = sessions.remove(sessions.size() - 1);
    Instant at = local(when);
    sessions.add(new StoredRecord<>(last.record(), last.partyId(), 1, "", 0, 0, at, at));
  }

  public void discharge(
      String operator, String id, String charger, String from, String to, String kwh) {
    var d =
        new V2gDischarge(
            id, charger, local(from), local(to), Energy.kwh(kwh), null, RecordStatus.ACTIVE);
    discharges.add(new StoredRecord<>(d, operator, 1, "", 0, 0, local(to), local(to)));
    periodOf(from);
  }

  public void request(
      String utility, String id, String from, String to, String site, String district) {
    request(utility, id, DispatchKind.DISCHARGE_REQUEST, from, to, site, district);
  }

  public void request(
      String utility,
      String id,
      DispatchKind kind,
      String from,
      String to,
      String site,
      String district) {
    var e =
        new DispatchEvent(
            id, kind, local(from), local(to), site, district, null, RecordStatus.ACTIVE);
    dispatch.add(new StoredRecord<>(e, utility, 1, "", 0, 0, local(from), local(from)));
  }

  public void reading(String meter, String from, int minutes, String kwh) {
    readings.add(
        new IntervalReading(
            meter, local(from), minutes, Energy.kwh(kwh), null, RecordStatus.ACTIVE));
  }

  /** A utility's published price of an interval starting at a local time. */
  public void price(String utility, String from, int minutes, String price, String currency) {
    prices.add(
        new UtilityPrice(
            utility,
            local(from),
            minutes,
            new BigDecimal(price),
            java.util.Currency.getInstance(currency),
            RecordStatus.ACTIVE));
  }

  /** A utility's grid carbon intensity of an hour. */
  public void carbon(String utility, Instant hour, BigDecimal gramsPerKwh) {
    carbon.add(new CarbonIntensity(utility, hour, gramsPerKwh, RecordStatus.ACTIVE));
  }

  public ZoneId zone() {
    return zone;
  }

  /** The regulator's workbook of the run, once settled through the pipeline. */
  public Path regulatorWorkbook() {
    return workbook("regulator.xlsx");
  }

  /** The auditor's workbook of the run, once settled through the pipeline. */
  public Path auditorWorkbook() {
    return workbook("auditor.xlsx");
  }

  private Path workbook(String name) {
    settle();
    if (pipelineHome == null) {
      throw new IllegalStateException("the scenario settles in memory: tag it @pipeline");
    }
    return pipelineHome.resolve("reports/" + period + "/" + period + "-INITIAL/" + name);
  }

  /**
   * The comparison folder of a what-if of the working copy of the pack against the period's run,
   * which is settled through the pipeline first if it was not.
   */
  public Path whatIf() {
    settle();
    if (pipelineHome == null) {
      throw new IllegalStateException("a what-if compares with a run: tag the scenario @pipeline");
    }
    return PipelineSettlement.whatIf(pipelineHome, rulesFolder, packName, period);
  }

  /** The home the scenario was settled in through the pipeline. */
  public Path pipelineHome() {
    return pipelineHome;
  }

  /** A site of the registry, billed to its operator. */
  public void registerSite(
      String site, String operator, String utility, String district, BigDecimal maxDemandKw) {
    sites.add(new SiteIdentity(site, operator, utility, district, maxDemandKw, 1));
  }

  public void settlePeriod(String month) {
    period = YearMonth.parse(month);
  }

  private void periodOf(String localStart) {
    if (period == null) {
      period = YearMonth.from(LocalDateTime.parse(localStart, LOCAL));
    }
  }

  /** All lines of the period, every operator settled with the pack version effective for it. */
  public List<PolicyLine> lines() {
    settle();
    return lines;
  }

  /** The verdicts on the sessions' signed meter values that the rules checked (in memory only). */
  public List<org.evsettle.settlement.domain.MeterVerdict> meterVerdicts() {
    settle();
    return meterVerdicts;
  }

  public Evaluation evaluation(String operator) {
    settle();
    return evaluations.get(operator);
  }

  public PackSelection selection() {
    settle();
    return selection;
  }

  /** Forgets the outcome, so the next question settles again (after a pack edit). */
  public void resettle() {
    lines.clear();
    evaluations.clear();
    meterVerdicts.clear();
    selection = null;
  }

  /**
   * Settles through ingest, settle and publish in this home, as users do, instead of through the
   * engine in memory (operators' evaluations are then not at hand).
   */
  public void throughThePipeline(Path home) {
    this.pipelineHome = home;
  }

  private void settle() {
    if (selection != null) {
      return;
    }
    selection = packs.select(packName, period);
    if (pipelineHome != null) {
      // ingest is the time of reporting, and earlier runs' caps are in the ledger: a scenario
      // about either settles in memory
      if (!capUsed.isEmpty() || reportedLate) {
        throw new IllegalStateException(
            "a scenario with earlier subsidised energy or a late report cannot be tagged @pipeline");
      }
      lines.addAll(
          PipelineSettlement.settle(
              pipelineHome,
              rulesFolder,
              packName,
              period,
              new MarketFiles(
                  List.copyOf(chargers.values()),
                  sites,
                  ratings,
                  sessions,
                  discharges,
                  dispatch,
                  readings,
                  prices,
                  carbon),
              cards));
      return;
    }
    new MarketInputs(
            List.copyOf(chargers.values()),
            sites,
            ratings,
            sessions,
            discharges,
            dispatch,
            readings,
            capUsed,
            new UtilitySeries(prices, carbon))
        .settle(
            selection.pack(),
            period,
            new PolicyEngine(1000).tellingMeterVerdicts(meterVerdicts::add),
            lines::add)
        .forEach(evaluations::put);
  }
}
