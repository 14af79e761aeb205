package org.evsettle.rules.pack;

import java.nio.file.Path;

/** Lets tests of other packages copy and edit shipped packs. */
public final class PackCopyAccess {

  private PackCopyAccess() {}

  public static Path copy(String pack, Path into) {
    return PackCopy.of(pack, into);
  }

  /** A copy of any folder (a pack, a pack's additions). */
  public static Path copyTree(Path source, Path target) {
    return PackCopy.copyTree(source, target);
  }

  public static void setCell(Path workbook, String rowName, int column, String value) {
    PackCopy.setCell(workbook, rowName, column, value);
  }

  public static void replaceInFile(Path file, String from, String to) {
    PackCopy.replaceInFile(file, from, to);
  }
}
