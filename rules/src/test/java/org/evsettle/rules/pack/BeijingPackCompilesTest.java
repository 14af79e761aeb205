package org.evsettle.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BeijingPackCompilesTest {

  @Test
  void theReferencePackCompiles() {
    CompiledPack pack = new PackCompiler().compile(Path.of("policies/beijing"));
    assertThat(pack.manifest().name()).isEqualTo("beijing");
    assertThat(pack.parameters().windows()).hasSize(8);
    System.out.println(pack + " compiled in " + pack.compileMillis() + " ms");
  }
}
