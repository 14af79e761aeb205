package org.evsettle.reports.workbook;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * One of a run's key figures, as the summary sheet that opens each workbook shows it: a label and a
 * value, text, a count, an amount in a currency or a quantity in a unit.
 *
 * @param label what the figure is, as a reader says it
 * @param value a {@code String}, a {@code Long} or a {@code BigDecimal}; null shows empty
 * @param currency the currency of an amount; null for any other figure
 * @param unit the unit of a quantity ("kWh"); null for any other figure
 */
public record KeyFigure(String label, Object value, Currency currency, String unit) {

  public static KeyFigure text(String label, Object value) {
    return new KeyFigure(label, value == null ? null : value.toString(), null, null);
  }

  public static KeyFigure count(String label, long count) {
    return new KeyFigure(label, count, null, null);
  }

  public static KeyFigure amount(String label, BigDecimal amount, Currency currency) {
    return new KeyFigure(label, amount, currency, null);
  }

  public static KeyFigure quantity(String label, BigDecimal quantity, String unit) {
    return new KeyFigure(label, quantity, null, unit);
  }
}
