package org.evsettle.integrations.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

  @TempDir Path home;

  private Path stage(String name, String lines, String statement) throws Exception {
    Path staged = Files.createDirectories(home.resolve("staging").resolve(name));
    Files.writeString(staged.resolve("lines.csv"), lines);
    Files.writeString(staged.resolve("statement.csv"), statement);
    return staged;
  }

  private static Object fileKey(Path file) throws java.io.IOException {
    return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
  }

  @Test
  void stagedFilesAreMovedIntoTheOutboxAndADeliveryAgainReplacesThem() throws Exception {
    Path outbox = home.resolve("outbox");
    try (var camel = new DefaultCamelContext()) {
      camel.addRoutes(new OutboxRoutes(outbox));
      camel.start();
      var delivery = new Outbox(camel.createProducerTemplate());
      String folder = "utilities/UT1/2026-10/2026-10-INITIAL";

      Path staged = stage("a", "line 1\nline 2\n", "total 3.00\n");
      Object stagedFile = fileKey(staged.resolve("lines.csv"));
      delivery.deliver(staged, folder);
      Path delivered = outbox.resolve(folder);
      // renamed into place, not copied: the same file on disk
      assertThat(fileKey(delivered.resolve("lines.csv"))).isNotNull().isEqualTo(stagedFile);
      assertThat(delivered.resolve("lines.csv")).hasContent("line 1\nline 2\n");
      assertThat(delivered.resolve("statement.csv")).hasContent("total 3.00\n");
      assertThat(home.resolve("staging/a")).doesNotExist();

      delivery.deliver(stage("b", "line 1\n", "total 1.00\n"), folder);
      assertThat(delivered.resolve("lines.csv")).hasContent("line 1\n");
      assertThat(delivered.resolve("statement.csv")).hasContent("total 1.00\n");
      assertThat(home.resolve("staging/b")).doesNotExist();
      try (Stream<Path> files = Files.list(delivered)) {
        // no temporary file is left behind
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder("lines.csv", "statement.csv");
      }
    }
  }
}
