package org.evsettle.batch.whatif;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A regulator's draft: a copy of the shipped packs in a folder of its own, edited cell by cell. */
final class DraftPack {

  private final Path rules;

  DraftPack(Path folder) {
    this.rules = folder;
    Path shipped = Path.of("../rules/policies");
    try (Stream<Path> files = Files.walk(shipped)) {
      for (Path f : files.toList()) {
        Path to = rules.resolve(shipped.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path rules() {
    return rules;
  }

  /** Writes {@code value} under {@code column} in the row whose first cell is {@code rowName}. */
  DraftPack set(String file, String rowName, String column, String value) {
    Path workbook = rules.resolve("beijing").resolve(file);
    try (InputStream in = Files.newInputStream(workbook);
        Workbook wb = WorkbookFactory.create(in)) {
      int columnIndex = -1;
      Row target = null;
      for (Row row : wb.getSheetAt(0)) {
        for (var cell : row) {
          if (cell.toString().equals(column)) {
            columnIndex = cell.getColumnIndex();
          }
        }
        if (row.getCell(0) != null && row.getCell(0).toString().equals(rowName)) {
          target = row;
        }
      }
      if (target == null || columnIndex < 0) {
        throw new IllegalArgumentException("no row '" + rowName + "' or column '" + column + "'");
      }
      target.getCell(columnIndex, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
      try (OutputStream out = Files.newOutputStream(workbook)) {
        wb.write(out);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DraftPack replace(String file, String from, String to) {
    Path path = rules.resolve("beijing").resolve(file);
    try {
      String text = Files.readString(path);
      if (!text.contains(from)) {
        throw new IllegalArgumentException("'" + from + "' is not in " + path);
      }
      Files.writeString(path, text.replace(from, to));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
