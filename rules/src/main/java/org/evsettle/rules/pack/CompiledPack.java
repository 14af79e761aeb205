package org.evsettle.rules.pack;

import java.nio.file.Path;
import org.evsettle.rules.model.TimeOfUse;
import org.kie.api.KieBase;

/**
 * A pack that compiled, passed its lint and its parameter checks: safe to evaluate. Identified by
 * the SHA-256 of its files, which every line it produces carries.
 */
public record CompiledPack(
    Path folder,
    PackManifest manifest,
    String sha256,
    KieBase kieBase,
    PackParameters parameters,
    long compileMillis) {

  public TimeOfUse timeOfUse() {
    return new TimeOfUse(parameters.windows(), manifest.zoneId());
  }

  @Override
  public String toString() {
    return manifest.name() + " " + manifest.version() + " (" + sha256.substring(0, 12) + ")";
  }
}
