package org.evsettle.reports.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Clustered column charts over a sheet's own cells: categories (operators) down a column, one
 * series a column beside them. Series get fixed colours: programs that draw a chart without its
 * colours (LibreOffice among them) would otherwise choose their own, or none.
 */
final class RegulatorCharts {

  /** A series: its legend and the column of its values. */
  record Series(String title, int column) {}

  private static final PresetColor[] COLOURS = {
    PresetColor.STEEL_BLUE,
    PresetColor.DARK_ORANGE,
    PresetColor.SEA_GREEN,
    PresetColor.GOLDENROD,
    PresetColor.SLATE_GRAY,
    PresetColor.INDIAN_RED,
    PresetColor.MEDIUM_PURPLE
  };

  private RegulatorCharts() {}

  /**
   * Draws a chart of the rows {@code firstRow} to {@code lastRow}: categories in column {@code
   * categoryColumn}, a series per {@code series}; placed from column {@code atColumn}, row {@code
   * atRow}, 9 columns wide and 18 rows high.
   */
  static XSSFChart columns(
      XSSFSheet sheet,
      String title,
      int firstRow,
      int lastRow,
      int categoryColumn,
      List<Series> series,
      int atColumn,
      int atRow) {
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    if (drawing == null) {
      drawing = sheet.createDrawingPatriarch();
    }
    XSSFChart chart =
        drawing.createChart(
            drawing.createAnchor(0, 0, 0, 0, atColumn, atRow, atColumn + 9, atRow + 18));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    var x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    var y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    // whole numbers: the cells' own format (three decimals, a currency) crowds the axis
    y.setNumberFormat("#,##0");
    var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setVaryColors(false);
    var categories =
        XDDFDataSourcesFactory.fromStringCellRange(
            sheet, new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn));
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      var values =
          XDDFDataSourcesFactory.fromNumericCellRange(
              sheet, new CellRangeAddress(firstRow, lastRow, s.column(), s.column()));
      var plotted = data.addSeries(categories, values);
      plotted.setTitle(s.title(), null);
      var fill = new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % COLOURS.length]));
      var shape = new XDDFShapeProperties();
      shape.setFillProperties(fill);
      plotted.setShapeProperties(shape);
    }
    chart.plot(data);
    return chart;
  }
}
