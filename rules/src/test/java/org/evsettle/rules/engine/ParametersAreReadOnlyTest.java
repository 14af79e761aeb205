package org.evsettle.rules.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evsettle.settlement.domain.AccessType.PUBLIC;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.PackCompiler;
import org.evsettle.rules.pack.PackCopyAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defence in depth: the pack's parameters are one set of objects that every rule session of a run
 * sees, so a rule that set a threshold would change what later batches and partitions are paid. The
 * setters the decision tables use are allowed code, so the objects refuse it themselves.
 */
class ParametersAreReadOnlyTest {

  @TempDir Path dir;

  @Test
  void aRuleThatChangesAThresholdFailsTheEvaluation() throws Exception {
    Path pack = PackCopyAccess.copy("beijing", dir);
    Files.writeString(
        pack.resolve("tamper.drl"),
        String.join(
            "\n",
            "package org.evsettle.policy;",
            "import org.evsettle.rules.model.*;",
            "rule \"The annual cap is raised for everyone after this batch\"",
            "    ruleflow-group \"classify\"",
            "when",
            "    $cap : Threshold(name == \"annual subsidy cap\")",
            "then",
            "    $cap.setValue(\"999999\");",
            "end",
            ""));
    CompiledPack compiled = new PackCompiler().compile(pack);

    assertThatThrownBy(
            () ->
                new Scenario()
                    .charger("C60", "S1", "D1", PUBLIC, "60")
                    .session("S-1", "C60", "2026-10-01T22:30", "2026-10-01T23:30", "10")
                    .evaluate(compiled, "2026-10"))
        .hasStackTraceContaining("the pack's parameters are read-only once it is compiled");
  }
}
