package org.evsettle.reports.workbook;

import java.util.Currency;

/**
 * The number formats of the workbooks: amounts with their currency's decimals, thousands separators
 * and the currency's code, so an amount reads as money whatever the reader's locale; energy and
 * rates with the decimals they are stored with.
 */
public final class CellFormats {

  /** kWh and other quantities: stored with up to six decimals, read to the Wh. */
  static final String QUANTITY = "#,##0.000";

  /** Prices per kWh: at least four decimals, as tariffs are published, up to the six stored. */
  static final String RATE = "#,##0.0000##";

  static final String COUNT = "#,##0";

  private CellFormats() {}

  /**
   * An amount in {@code currency}: {@code #,##0.00 "CNY"}, {@code #,##0 "JPY"}, {@code #,##0.000
   * "KWD"}. The code is a quoted literal: it shows the same in every program and locale, unlike a
   * currency symbol.
   */
  public static String amount(Currency currency) {
    int decimals = Math.max(0, currency.getDefaultFractionDigits());
    return "#,##0"
        + (decimals == 0 ? "" : "." + "0".repeat(decimals))
        + " \""
        + currency.getCurrencyCode()
        + "\"";
  }
}
