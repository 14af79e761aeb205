package org.evsettle.rules.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A copy of a shipped pack in a temporary folder, to edit the way a regulator would. */
final class PackCopy {

  private PackCopy() {}

  static Path of(String pack, Path into) {
    return copyTree(Path.of("policies").resolve(pack), into.resolve(pack));
  }

  static Path copyTree(Path source, Path target) {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Path to = target.resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** Sets a cell of the row whose first cell reads {@code rowName} (0-based column). */
  static void setCell(Path workbook, String rowName, int column, String value) {
    try (InputStream in = Files.newInputStream(workbook);
        Workbook wb = WorkbookFactory.create(in)) {
      boolean found = false;
      for (Row row : wb.getSheetAt(0)) {
        if (row.getCell(0) != null && row.getCell(0).toString().equals(rowName)) {
          row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
          found = true;
        }
      }
      if (!found) {
        throw new IllegalArgumentException("no row " + rowName + " in " + workbook);
      }
      try (OutputStream out = Files.newOutputStream(workbook)) {
        wb.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void replaceInFile(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalArgumentException("'" + from + "' is not in " + file);
      }
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
