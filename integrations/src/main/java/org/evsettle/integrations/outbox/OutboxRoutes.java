package org.evsettle.integrations.outbox;

import java.nio.file.Path;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;

/**
 * Delivers a staged export file to its place under {@code <home>/outbox/}: written under a
 * temporary name and renamed when complete, so a counterparty's tool never reads half a file.
 * Delivering the same run again replaces the files with the same bytes.
 */
public class OutboxRoutes extends EndpointRouteBuilder {

  static final String ROUTE = "direct:outbox";
  private final Path outbox;

  public OutboxRoutes(Path outbox) {
    this.outbox = outbox;
  }

  @Override
  public void configure() {
    from(ROUTE)
        .routeId("outbox")
        .to(file(outbox.toString()).fileExist("Override").tempPrefix(".part-"));
  }
}
