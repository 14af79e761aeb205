package org.evsettle.integrations.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        producer.sendBodyAndHeader(
            OutboxRoutes.ROUTE,
            file.toFile(),
            Exchange.FILE_NAME,
            relative + "/" + file.getFileName());
        Files.delete(file);
      }
      Files.delete(staged);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot deliver " + staged, e);
    }
  }
}
