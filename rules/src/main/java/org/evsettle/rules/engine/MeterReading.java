package org.evsettle.rules.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.evsettle.rules.model.MeterValues;
import org.evsettle.rules.model.SessionFact;
import org.evsettle.rules.model.Threshold;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.MeterVerdict;
import org.evsettle.settlement.ocmf.OcmfVerdict;
import org.evsettle.settlement.ocmf.OcmfVerifier;

/**
 * Verifies a session's signed meter values with the charger's registered meter key and serial, the
 * reported energy and the pack's {@code meter energy tolerance} (no tolerance when the pack names
 * none). The verdict depends only on the session, the registry as of the run and the pack.
 */
final class MeterReading implements Function<SessionFact, MeterValues> {

  /** The pack parameter: how far the signed and the reported energy may differ, in kWh. */
  static final String TOLERANCE = "meter energy tolerance";

  private final OcmfVerifier verifier = new OcmfVerifier();
  private final BigDecimal toleranceKwh;

  MeterReading(CompiledPack pack) {
    this.toleranceKwh =
        pack.parameters().threshold(TOLERANCE).map(Threshold::getValue).orElse(BigDecimal.ZERO);
  }

  @Override
  public MeterValues apply(SessionFact fact) {
    ChargingSession session = fact.session();
    Charger charger = fact.getCharger().charger();
    OcmfVerdict verdict =
        verifier.verify(
            session.signedData(),
            charger.meterPublicKey(),
            charger.meterSerial(),
            session.energy().kwh(),
            toleranceKwh);
    return new MeterValues(
        MeterValues.Status.valueOf(verdict.status().name()), verdict.reason(), verdict.energyKwh());
  }

  /** Tells {@code listener} the verdict of each of {@code facts} that a rule checked, in order. */
  static void tellVerdicts(List<SessionFact> facts, Consumer<MeterVerdict> listener) {
    for (SessionFact f : facts) {
      MeterValues checked = f.checkedMeterValues();
      if (checked != null) {
        listener.accept(
            new MeterVerdict(
                f.getOperatorId(),
                f.getChargerId(),
                f.getSessionId(),
                f.getVersion(),
                checked.getStatus().name(),
                checked.getReason(),
                checked.getSignedEnergyKwh(),
                f.getEnergyKwh()));
      }
    }
  }
}
