package org.evsettle.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.StreamingSheetWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellAtOnceSheetDataWriterTest {

  /** Cells of every kind the workbooks write, and text that needs escaping or preserving. */
  private static void fill(DeferredSXSSFWorkbook wb) {
    CellStyle bold = wb.createCellStyle();
    bold.setFont(wb.createFont());
    wb.createSheet("Lines").setRowGenerator(sheet -> fill(sheet, bold));
  }

  private static final String[] TEXTS = {
    "OP1-000000001",
    "0.325496 kWh of session OP1-1 were charged in FLAT hours.",
    "a < b & c > \"d\"",
    " leading and trailing ",
    "tab\there, line\nbreak",
    "≥ 2 (GB/T 41578-2022) 北京",
    "control \u0001 char",
    "",
    "'quoted"
  };

  private static void fill(Sheet sheet, CellStyle bold) {
    String[] texts = TEXTS;
    // enough rows to be flushed through the writer several times (the window is 5)
    for (int r = 0; r < 40; r++) {
      Row row = sheet.createRow(r);
      int c = 0;
      for (String text : texts) {
        row.createCell(c++).setCellValue(text);
      }
      row.createCell(c++).setCellValue(r * 0.1);
      row.createCell(c++).setCellValue(-17.98);
      row.createCell(c++).setBlank();
      row.createCell(c++).setCellValue(true);
      row.createCell(c++).setCellFormula("SUM(J1:J" + (r + 1) + ")");
      var styled = row.createCell(c + 30);
      styled.setCellValue("far column, bold");
      styled.setCellStyle(bold);
    }
  }

  @TempDir Path dir;

  private String sheetXml(DeferredSXSSFWorkbook wb, String name) throws IOException {
    fill(wb);
    return write(wb, name);
  }

  @Test
  void writesTheSameSheetXmlAsPoiItself() throws IOException {
    String poi = sheetXml(new DeferredSXSSFWorkbook(5), "poi.xlsx");
    String ours =
        sheetXml(
            new DeferredSXSSFWorkbook(5) {
              @Override
              protected StreamingSheetWriter createSheetDataWriter(OutputStream out)
                  throws IOException {
                return new CellAtOnceSheetDataWriter(out, text -> null);
              }
            },
            "ours.xlsx");
    assertThat(poi).contains("a &lt; b &amp; c &gt; &quot;d&quot;", "control ? char");
    assertThat(poi)
        .contains(
            "xml:space=\"preserve\"", "<f>SUM(J1:J40)</f>", "s=\"1\"", "<c r=\"AS40\" s=\"1\"");
    assertThat(ours).isEqualTo(poi);
  }

  @Test
  void writesSharedTextsAsPoiWritesItsSharedStrings() throws Exception {
    // POI's streaming writer with a shared strings table shares every text, in the order met
    var poiWb = new SXSSFWorkbook(null, 5, false, true);
    CellStyle poiBold = poiWb.createCellStyle();
    poiBold.setFont(poiWb.createFont());
    fill(poiWb.createSheet("Lines"), poiBold);
    String poi = write(poiWb, "poi-shared.xlsx");
    var oursWb =
        new DeferredSXSSFWorkbook(5) {
          final SharedTexts shared = new SharedTexts(getXSSFWorkbook().getSharedStringSource());

          @Override
          protected StreamingSheetWriter createSheetDataWriter(OutputStream out)
              throws IOException {
            return new CellAtOnceSheetDataWriter(out, shared::numberOf);
          }
        };
    for (String text : TEXTS) {
      oursWb.shared.add(text);
    }
    oursWb.shared.add("far column, bold");
    fill(oursWb);
    String ours = write(oursWb, "ours-shared.xlsx");
    assertThat(poi).contains("<c r=\"A1\" t=\"s\"><v>0</v></c>", "<c r=\"I40\" t=\"s\"><v>8</v>");
    // a deferred sheet's dimension is written before its rows: only the rows are compared
    assertThat(sheetData(ours)).isEqualTo(sheetData(poi));
    try (var wb = new XSSFWorkbook(dir.resolve("ours-shared.xlsx").toFile())) {
      var row = wb.getSheet("Lines").getRow(39);
      for (int c = 0; c < TEXTS.length; c++) {
        assertThat(row.getCell(c).getStringCellValue()).isEqualTo(TEXTS[c].replace('\u0001', '?'));
      }
    }
  }

  private static String sheetData(String sheetXml) {
    return sheetXml.substring(sheetXml.indexOf("<sheetData>"));
  }

  private String write(SXSSFWorkbook wb, String name) throws IOException {
    Path file = dir.resolve(name);
    try (wb;
        OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    try (var zip = new ZipFile(file.toFile())) {
      return new String(
          zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesRowsOfValuesAsPoiWritesTheCellsMadeOfThem() throws Exception {
    Object[][] rows = {
      {"2026-10-R1", java.math.BigDecimal.valueOf(-17.98), 3, null, "=cmd|' /C calc'!A0"},
      {" spaced ", new java.math.BigDecimal("0.325496"), 1L, "a < b & \"c\"", "北京"},
      {"", java.math.BigDecimal.ZERO, null, org.evsettle.settlement.domain.Component.ENERGY, "x"}
    };
    var poiWb = new DeferredSXSSFWorkbook(5);
    poiWb
        .createSheet("Lines")
        .setRowGenerator(
            sheet -> {
              for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                  Sheets.value(row, c, rows[r][c]);
                }
              }
            });
    String poi = write(poiWb, "poi-values.xlsx");
    var oursWb =
        new DeferredSXSSFWorkbook(5) {
          CellAtOnceSheetDataWriter writer;

          @Override
          protected StreamingSheetWriter createSheetDataWriter(OutputStream out)
              throws IOException {
            writer = new CellAtOnceSheetDataWriter(out, text -> null);
            return writer;
          }
        };
    oursWb
        .createSheet("Lines")
        .setRowGenerator(
            sheet -> {
              for (int r = 0; r < rows.length; r++) {
                oursWb.writer.writeValues(r, rows[r]);
              }
            });
    String ours = write(oursWb, "ours-values.xlsx");
    assertThat(poi).contains("<v>-17.98</v>", "&lt; b &amp;", "'=cmd", "xml:space");
    assertThat(ours).isEqualTo(poi);
  }

  @Test
  void onlyPrintableAsciiWithoutMarkupIsPlain() {
    assertThat(CellAtOnceSheetDataWriter.isPlain("OP1-C1664 0.6950 CNY per kWh (CS-1); 'a'"))
        .isTrue();
    assertThat(CellAtOnceSheetDataWriter.isPlain("")).isTrue();
    for (String s : new String[] {"<", ">", "&", "\"", "\t", "\n", "\u007f", "é", "北"}) {
      assertThat(CellAtOnceSheetDataWriter.isPlain("a" + s)).as(s).isFalse();
    }
  }
}
