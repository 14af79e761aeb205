package org.evsettle.rules.pack;

import java.nio.file.Path;

/** Lets tests of other packages copy and edit shipped packs. */
public final class PackCopyAccess {

  private PackCopyAccess() {}

  public static Path copy(String pack, Path into) {
    return PackCopy.of(pack, into);
  }

  public static void setCell(Path workbook, String rowName, int column, String value) {
    PackCopy.setCell(workbook, rowName, column, value);
  }
}
