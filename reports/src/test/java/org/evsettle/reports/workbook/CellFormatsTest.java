package org.evsettle.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

class CellFormatsTest {

  private static String shown(double value, String format) {
    return new DataFormatter(java.util.Locale.ROOT).formatRawCellContents(value, 200, format);
  }

  @Test
  void anAmountHasItsCurrencysDecimalsThousandsSeparatorsAndCode() {
    // ISO 4217 minor units: yen none, yuan and pound two, Kuwaiti dinar three
    assertThat(CellFormats.amount(Currency.getInstance("JPY"))).isEqualTo("#,##0 \"JPY\"");
    assertThat(CellFormats.amount(Currency.getInstance("CNY"))).isEqualTo("#,##0.00 \"CNY\"");
    assertThat(CellFormats.amount(Currency.getInstance("GBP"))).isEqualTo("#,##0.00 \"GBP\"");
    assertThat(CellFormats.amount(Currency.getInstance("KWD"))).isEqualTo("#,##0.000 \"KWD\"");
  }

  @Test
  void amountsReadAsMoneyInTheirCurrency() {
    assertThat(shown(1234567, CellFormats.amount(Currency.getInstance("JPY"))))
        .isEqualTo("1,234,567 JPY");
    assertThat(shown(-1.5, CellFormats.amount(Currency.getInstance("CNY")))).isEqualTo("-1.50 CNY");
    assertThat(shown(1234.5678, CellFormats.amount(Currency.getInstance("KWD"))))
        .isEqualTo("1,234.568 KWD");
    assertThat(shown(36501.4171, CellFormats.QUANTITY)).isEqualTo("36,501.417");
    assertThat(shown(1.20528, CellFormats.RATE)).isEqualTo("1.20528");
    assertThat(shown(0.2, CellFormats.RATE)).isEqualTo("0.2000");
  }
}
