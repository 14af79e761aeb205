package org.evsettle.rules.pack;

import java.nio.file.Path;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
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
    PackTerms terms,
    Map<String, String> ruleFiles,
    long compileMillis) {

  public CompiledPack {
    ruleFiles = Map.copyOf(ruleFiles);
  }

  /** The file a rule is written in ({@code price-energy.drl}), as lines cite it. */
  public String policyFileOf(String rule) {
    return ruleFiles.getOrDefault(rule, "");
  }

  /** Whether any rule of the pack is in this phase (ruleflow group). */
  public boolean hasPhase(String phase) {
    return kieBase.getKiePackages().stream()
        .flatMap(p -> p.getRules().stream())
        .anyMatch(r -> r instanceof RuleImpl impl && phase.equals(impl.getAgendaGroup()));
  }

  public TimeOfUse timeOfUse() {
    return new TimeOfUse(parameters.windows(), manifest.windowZone());
  }

  @Override
  public String toString() {
    return manifest.name() + " " + manifest.version() + " (" + sha256.substring(0, 12) + ")";
  }
}
