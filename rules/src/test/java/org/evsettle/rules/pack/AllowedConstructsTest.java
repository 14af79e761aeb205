package org.evsettle.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bytecode check refuses what rule files may not use, not what they may: a pack with a declared
 * type, a function, a global of a listed type, a query, accumulate functions, collect, forall,
 * exists, not, eval, from, insertLogical, modify and delete is accepted.
 */
class AllowedConstructsTest {

  @Test
  void everyConstructRuleFilesMayUseIsAccepted() {
    CompiledPack pack =
        new PackCompiler().compile(Path.of("src/test/resources/packs/everything-allowed"));
    assertThat(pack.kieBase().getKiePackage("org.evsettle.policy").getRules())
        .extracting(r -> r.getName())
        .contains(
            "A session gets a note",
            "Notes are counted and summed",
            "A note is changed and removed");
  }
}
