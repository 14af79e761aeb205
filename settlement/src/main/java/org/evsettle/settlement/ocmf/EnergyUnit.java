package org.evsettle.settlement.ocmf;

import java.math.BigDecimal;

/** The energy units OCMF predefines (kWh, Wh) and conversion of a reading to kWh. */
final class EnergyUnit {

  private EnergyUnit() {}

  static boolean isEnergy(String unit) {
    return "kWh".equals(unit) || "Wh".equals(unit);
  }

  /** The reading in kWh, exact: the value is read from its text, never through a double. */
  static BigDecimal toKwh(OcmfReading reading, int number) throws OcmfDecodeException {
    BigDecimal value = value(reading, number);
    return "Wh".equals(reading.unit()) ? value.movePointLeft(3) : value;
  }

  private static BigDecimal value(OcmfReading reading, int number) throws OcmfDecodeException {
    String text = reading.value() == null ? "" : reading.value().strip();
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new OcmfDecodeException("reading " + number + " value '" + text + "' is not a number");
    }
  }
}
