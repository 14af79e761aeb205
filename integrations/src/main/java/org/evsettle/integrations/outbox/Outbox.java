package org.evsettle.integrations.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/** Hands a staged folder of export files to the outbox route, file by file. */
public class Outbox {

  private final ProducerTemplate producer;

  public Outbox(ProducerTemplate producer) {
    this.producer = producer;
  }

  /** Delivers every file of {@code staged} to {@code outbox/<relative>/}, then removes it. */
  public void deliver(Path staged, String relative) {
    try (Stream<Path> files = Files.list(staged)) {
      for (Path file : files.sorted().toList()) {
        // the staged file as the exchange's local work file: the file endpoint renames it into
        // the outbox instead of copying it (hundreds of megabytes for a month's export)
        producer.sendBodyAndHeaders(
            OutboxRoutes.ROUTE,
            file.toFile(),
            Map.of(
                Exchange.FILE_NAME,
                relative + "/" + file.getFileName(),
                Exchange.FILE_LOCAL_WORK_PATH,
                file.toString()));
        Files.deleteIfExists(file);
      }
      Files.delete(staged);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot deliver " + staged, e);
    }
  }
}
