package org.evsettle.rules.engine;

import java.nio.file.Path;
import org.evsettle.rules.pack.PackCopyAccess;

/**
 * The Beijing reference pack with a test pack's additions ({@code src/test/resources/packs/<name>})
 * laid over it, in a temporary folder: a pack.yaml of the additions replaces Beijing's, their rule
 * files and examples join Beijing's.
 */
public final class OverlaidPack {

  private OverlaidPack() {}

  public static Path beijingWith(String additions, String packName, Path folder) {
    Path pack = PackCopyAccess.copyTree(Path.of("policies/beijing"), folder.resolve(packName));
    PackCopyAccess.copyTree(Path.of("src/test/resources/packs", additions), pack);
    return pack;
  }
}
