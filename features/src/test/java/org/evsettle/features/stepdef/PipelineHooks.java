package org.evsettle.features.stepdef;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evsettle.features.world.Market;
import org.springframework.util.FileSystemUtils;

/**
 * Scenarios tagged {@code @pipeline} are settled as users settle: their records ingested from an
 * inbox, settled into the ledger and published; the lines checked are those of the exports.
 */
public class PipelineHooks {

  private final Market market;
  private Path home;

  public PipelineHooks(Market market) {
    this.market = market;
  }

  @Before("@pipeline")
  public void freshHome() throws IOException {
    home = Files.createTempDirectory("evsettle-feature-");
    market.throughThePipeline(home);
  }

  // each home holds an H2 database of some 50 MB
  @After("@pipeline")
  public void removeHome() {
    if (home != null) {
      FileSystemUtils.deleteRecursively(home.toFile());
    }
  }
}
