package org.evsettle.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision-table cell is pasted into generated rule code (a window class cell unquoted, after
 * {@code WindowClass.}), so the bytecode check covers it: code smuggled into a cell with names the
 * lexical lint does not know is rejected with its sheet and row, and wrote nothing.
 */
class HostileDecisionTableTest {

  @TempDir Path dir;

  private List<String> problemsOf(Path pack) {
    PackRejectedException e =
        catchThrowableOfType(PackRejectedException.class, () -> new PackCompiler().compile(pack));
    assertThat(e).as("the pack was accepted").isNotNull();
    return e.problems().stream().map(PackProblem::toString).toList();
  }

  @Test
  void aFormatterWritingAFileFromAWindowClassCellIsRejectedWithItsRow() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path pack = PackCopy.of("beijing", dir);
    PackCopy.setCell(
        pack.resolve("tariff.drl.xlsx"),
        "Peak evening",
        2,
        // the cell's quotes are escaped into the code, so the path is written as characters
        "PEAK); new java.util.Formatter(new String(new char[] {"
            + characters(out + "/written")
            + "})).close(); w.setWindowClass(WindowClass.PEAK");

    assertThat(problemsOf(pack))
        .contains(
            "tariff.drl.xlsx sheet 'Time of use' row 14: rule files may not use"
                + " java.util.Formatter (its constructor) (in rule \"Peak evening\")");
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void aSystemPropertyReadFromAWindowClassCellIsRejectedWithItsRow() {
    Path pack = PackCopy.of("beijing", dir);
    PackCopy.setCell(
        pack.resolve("tariff.drl.xlsx"),
        "Flat afternoon",
        2,
        "FLAT); w.setSource(String.valueOf(Integer.getInteger(w.toString()))); w.setWindowClass(WindowClass.FLAT");

    assertThat(problemsOf(pack))
        .contains(
            "tariff.drl.xlsx sheet 'Time of use' row 13: rule files may not use"
                + " java.lang.Integer.getInteger (in rule \"Flat afternoon\")");
  }

  @Test
  void ruleMetadataFromAMetadataColumnIsRefusedBeforeTheBuildEvaluatesIt() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path pack = PackCopy.of("beijing", dir);
    Path table = pack.resolve("tariff.drl.xlsx");
    try (InputStream in = Files.newInputStream(table);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet sheet = wb.getSheetAt(0);
      // a METADATA column: Drools writes @note(...) on the row's rule and evaluates it as MVEL
      sheet.getRow(5).createCell(7).setCellValue("METADATA");
      sheet
          .getRow(7)
          .createCell(7)
          .setCellValue(
              "note(org.mvel2.MVEL.eval(\"new java.io.File('"
                  + out
                  + "/$param').mkdir()\") + undefined)");
      sheet.getRow(8).createCell(7).setCellValue("Note");
      sheet.getRow(13).createCell(7).setCellValue("written");
      try (OutputStream o = Files.newOutputStream(table)) {
        wb.write(o);
      }
    }

    assertThat(problemsOf(pack))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "tariff.drl.xlsx sheet 'Time of use' row 14: rules may not carry"
                            + " metadata (@note)"));
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written).isEmpty();
    }
  }

  private static String characters(Object text) {
    return text.toString()
        .chars()
        .mapToObj(c -> "'" + (char) c + "'")
        .collect(java.util.stream.Collectors.joining(","));
  }
}
