package org.evsettle.rules.engine;

import java.nio.file.Path;
import org.evsettle.rules.pack.PackCopyAccess;

/**
 * The Beijing reference pack with the period-wide policies of {@code packs/market-rules} laid over
 * it (its pack.yaml replaces Beijing's, its examples join Beijing's), in a temporary folder.
 */
public final class MarketPack {

  private MarketPack() {}

  public static Path in(Path folder) {
    Path pack = PackCopyAccess.copyTree(Path.of("policies/beijing"), folder.resolve("market"));
    PackCopyAccess.copyTree(Path.of("src/test/resources/packs/market-rules"), pack);
    return pack;
  }
}
