package org.evsettle.rules.engine;

import java.nio.file.Path;

/**
 * The Beijing reference pack with the period-wide policies of {@code packs/market-rules} laid over
 * it (its pack.yaml replaces Beijing's, its examples join Beijing's), in a temporary folder.
 */
public final class MarketPack {

  private MarketPack() {}

  public static Path in(Path folder) {
    return OverlaidPack.beijingWith("market-rules", "market", folder);
  }
}
