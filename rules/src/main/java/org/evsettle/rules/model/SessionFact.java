package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.Quarter;

/**
 * A charging session with what the rules need beside it: its version, when it was first reported,
 * its charger, its place in the partition's order (earliest first), and the utility's interval
 * readings of its charger over its span, if any.
 */
public class SessionFact {

  private static final MeterValues NOT_READ =
      new MeterValues(
          MeterValues.Status.UNVERIFIABLE, "signed meter values are not read here", null);

  private final ChargingSession session;
  private final int version;
  private final Instant firstReportedAt;
  private final ChargerFact charger;
  private final long sequence;
  private final List<IntervalReading> readings;
  // rules compare it on every evaluation: a division each time showed in profiles
  private final BigDecimal reportingDelayHours;
  // verifying a signature costs far more than any other fact: only when a rule asks, and once
  private final Function<SessionFact, MeterValues> meterReader;
  private MeterValues meterValues;
  private final Supplier<OcpiCharge> ocpiPricing;
  private OcpiCharge ocpi;

  public SessionFact(
      ChargingSession session,
      int version,
      Instant firstReportedAt,
      ChargerFact charger,
      long sequence,
      List<IntervalReading> readings) {
    this(
        session,
        version,
        firstReportedAt,
        charger,
        sequence,
        readings,
        s -> NOT_READ,
        OcpiCharge::absent);
  }

  /**
   * A session whose signed meter values {@code meterReader} verifies, and whose OCPI price {@code
   * ocpiPricing} works out, the first time a rule asks (most packs never ask for the price, and
   * then no CDR is read).
   */
  public SessionFact(
      ChargingSession session,
      int version,
      Instant firstReportedAt,
      ChargerFact charger,
      long sequence,
      List<IntervalReading> readings,
      Function<SessionFact, MeterValues> meterReader,
      Supplier<OcpiCharge> ocpiPricing) {
    this.meterReader = meterReader;
    this.session = session;
    this.ocpiPricing = ocpiPricing;
    this.version = version;
    this.firstReportedAt = firstReportedAt;
    this.charger = charger;
    this.sequence = sequence;
    this.readings = List.copyOf(readings);
    long seconds = Duration.between(session.endedAt(), firstReportedAt).toSeconds();
    this.reportingDelayHours =
        BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_UP);
  }

  public ChargingSession session() {
    return session;
  }

  public String getSessionId() {
    return session.sessionId();
  }

  public int getVersion() {
    return version;
  }

  public ChargerFact getCharger() {
    return charger;
  }

  public String getChargerId() {
    return session.chargerId();
  }

  public String getOperatorId() {
    return charger.getOperatorId();
  }

  public long getSequence() {
    return sequence;
  }

  public Instant getStartedAt() {
    return session.startedAt();
  }

  public Instant getEndedAt() {
    return session.endedAt();
  }

  public BigDecimal getEnergyKwh() {
    return session.energy().kwh();
  }

  public Instant getFirstReportedAt() {
    return firstReportedAt;
  }

  /** Hours between the end of the session and its first report (fractional). */
  public BigDecimal getReportingDelayHours() {
    return reportingDelayHours;
  }

  /** The quarter the session starts in, in the pack's zone (station ratings are quarterly). */
  public Quarter quarterIn(ZoneId zone) {
    return Quarter.of(session.startedAt().atZone(zone).toLocalDate());
  }

  public List<IntervalReading> getReadings() {
    return readings;
  }

  /**
   * The session's OCPI price beside its CDR's: never null; {@link OcpiCharge#isPresent} is false
   * for a session that did not come from a CDR.
   */
  public OcpiCharge getOcpi() {
    if (ocpi == null) {
      ocpi = ocpiPricing.get();
    }
    return ocpi;
  }

  /** The session's signed meter values as verified for this run, verified on first access. */
  public MeterValues getMeterValues() {
    if (meterValues == null) {
      meterValues = meterReader.apply(this);
    }
    return meterValues;
  }

  /** The verdict if a rule asked for it, else {@code null}: what a run records. */
  public MeterValues checkedMeterValues() {
    return meterValues;
  }

  @Override
  public String toString() {
    return "session " + session.sessionId();
  }
}
