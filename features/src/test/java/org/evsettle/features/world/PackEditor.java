package org.evsettle.features.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Edits a working copy of a pack the way a regulator would: a spreadsheet cell, a DRL line. */
public final class PackEditor {

  private final Path rulesFolder;

  public PackEditor() {
    try {
      rulesFolder = Files.createTempDirectory("evsettle-pack-");
      Path copies = rulesFolder;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () ->
                      org.springframework.util.FileSystemUtils.deleteRecursively(copies.toFile())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of a shipped pack in a folder of its own; returns the rules folder holding it. */
  public Path copy(String pack) {
    copyTree(Path.of("../rules/policies").resolve(pack), rulesFolder.resolve(pack));
    return rulesFolder;
  }

  /**
   * A copy of a shipped pack with the files of {@code additions} laid over it (a pack.yaml there
   * replaces the pack's), named {@code name}; returns the rules folder holding it.
   */
  public Path copy(String pack, Path additions, String name) {
    copyTree(Path.of("../rules/policies").resolve(pack), rulesFolder.resolve(name));
    copyTree(additions, rulesFolder.resolve(name));
    return rulesFolder;
  }

  private static void copyTree(Path source, Path target) {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Path to = target.resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path file(String pack, String name) {
    return rulesFolder.resolve(pack).resolve(name);
  }

  /** Writes {@code value} into the cell under {@code column} of the row named {@code rowName}. */
  public void setCell(Path workbook, String rowName, String column, String value) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void replace(Path file, String from, String to) {
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

  /** Removes the working copy. */
  public void delete() {
    try (Stream<Path> all = Files.walk(rulesFolder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
