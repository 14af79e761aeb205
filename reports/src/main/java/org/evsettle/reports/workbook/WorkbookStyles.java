package org.evsettle.reports.workbook;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a workbook, each made once: a workbook holds a few thousand styles at most,
 * and a style per cell would reach that on the first sheet. A streamed workbook writes its styles
 * before its sheets, so every style its cells use must be asked for before it is written.
 */
final class WorkbookStyles {

  private final Workbook workbook;
  private final CellStyle header;
  private final CellStyle numberHeader;
  private final CellStyle label;
  private final CellStyle figureText;
  private final CellStyle quantity;
  private final CellStyle rate;
  private final CellStyle count;
  private final Map<Currency, CellStyle> amounts = new HashMap<>();

  WorkbookStyles(Workbook workbook) {
    this.workbook = workbook;
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    numberHeader = workbook.createCellStyle();
    numberHeader.cloneStyleFrom(header);
    numberHeader.setAlignment(HorizontalAlignment.RIGHT);
    label = workbook.createCellStyle();
    label.setFont(bold);
    figureText = workbook.createCellStyle();
    figureText.setAlignment(HorizontalAlignment.RIGHT);
    quantity = numbers(CellFormats.QUANTITY);
    rate = numbers(CellFormats.RATE);
    count = numbers(CellFormats.COUNT);
  }

  CellStyle header() {
    return header;
  }

  /** The header of a column of numbers, aligned with them. */
  CellStyle numberHeader() {
    return numberHeader;
  }

  /** The labels of the summary's key figures. */
  CellStyle label() {
    return label;
  }

  /** A key figure's text, aligned with the numbers under it. */
  CellStyle figureText() {
    return figureText;
  }

  CellStyle quantity() {
    return quantity;
  }

  CellStyle rate() {
    return rate;
  }

  CellStyle count() {
    return count;
  }

  CellStyle amount(Currency currency) {
    return amounts.computeIfAbsent(currency, c -> numbers(CellFormats.amount(c)));
  }

  private CellStyle numbers(String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }
}
