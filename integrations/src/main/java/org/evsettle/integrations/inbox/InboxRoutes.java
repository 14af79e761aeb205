package org.evsettle.integrations.inbox;

import java.nio.file.Path;
import java.util.Comparator;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.component.file.GenericFile;
import org.evsettle.integrations.ingest.InboxFile;
import org.evsettle.integrations.ingest.InboxLayout;

/**
 * The inbox route: every file under {@code <home>/inbox/}, sorted into ingest order (registry files
 * of all senders first), ingested one at a time, then deleted from the inbox (see {@link
 * InboxSweep}). It only runs during a sweep: the route does not start with the application.
 */
public class InboxRoutes extends EndpointRouteBuilder {

  private final InboxLayout layout;
  private final InboxSweep sweep;

  public InboxRoutes(InboxLayout layout, InboxSweep sweep) {
    this.layout = layout;
    this.sweep = sweep;
  }

  @Override
  public void configure() {
    getContext().getRegistry().bind("inboxOrder", Comparator.class, ingestOrder());

    onException(Exception.class).handled(false).process(sweep::failed);

    from(file(layout.inbox().toString())
            .recursive(true)
            .sorter("#inboxOrder")
            .sendEmptyMessageWhenIdle(true)
            .initialDelay(0)
            .delay(200)
            .delete(true))
        .routeId(InboxSweep.ROUTE_ID)
        .autoStartup(false)
        .choice()
        .when(body().isNull())
        .process(sweep::idle)
        .otherwise()
        .process(sweep::ingest);
  }

  private Comparator<GenericFile<?>> ingestOrder() {
    Comparator<GenericFile<?>> byInboxFile =
        Comparator.comparing(
            f -> layout.classify(Path.of(f.getAbsoluteFilePath())), InboxFile.INGEST_ORDER);
    return byInboxFile;
  }
}
