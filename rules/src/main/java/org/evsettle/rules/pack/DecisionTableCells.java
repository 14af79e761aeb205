package org.evsettle.rules.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a decision table's cells as text, for the lint and to point messages at a sheet, row and
 * cell: Drools names each rule after the row's NAME cell, so a rule name leads back to its row.
 */
final class DecisionTableCells {

  private final String file;
  private final List<PackProblem> lint = new ArrayList<>();
  private final Map<String, String> rowOfRule = new HashMap<>();

  private DecisionTableCells(String file) {
    this.file = file;
  }

  static DecisionTableCells read(Path path) throws IOException {
    DecisionTableCells cells = new DecisionTableCells(path.getFileName().toString());
    DataFormatter format = new DataFormatter();
    try (InputStream in = Files.newInputStream(path);
        Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        String previous = "";
        for (Cell cell : row) {
          String text = format.formatCellValue(cell).trim();
          if (text.isEmpty()) {
            continue;
          }
          String where =
              "sheet '"
                  + sheet.getSheetName()
                  + "' cell "
                  + new CellReference(cell).formatAsString(false);
          cells.lint.addAll(
              previous.equalsIgnoreCase("Import")
                  ? imports(cells.file, where, text)
                  : PackLint.cell(cells.file, where, text));
          cells.rowOfRule.putIfAbsent(
              text, "sheet '" + sheet.getSheetName() + "' row " + (row.getRowNum() + 1));
          previous = text;
        }
      }
    }
    return cells;
  }

  private static List<PackProblem> imports(String file, String where, String list) {
    List<PackProblem> problems = new ArrayList<>();
    for (String type : list.split(",")) {
      problems.addAll(
          PackLint.drl(file, "package " + PackLint.PACKAGE + ";\nimport " + type.trim() + ";")
              .stream()
              .map(p -> new PackProblem(file, where, p.message()))
              .toList());
    }
    return problems;
  }

  List<PackProblem> lint() {
    return lint;
  }

  /** "sheet 'Time of use' row 12" for the rule named after that row, or empty. */
  String rowOf(String ruleName) {
    return rowOfRule.getOrDefault(ruleName, "");
  }
}
