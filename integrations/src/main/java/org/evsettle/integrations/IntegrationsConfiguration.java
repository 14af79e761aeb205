package org.evsettle.integrations;

import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.evsettle.integrations.inbox.InboxRoutes;
import org.evsettle.integrations.inbox.InboxSweep;
import org.evsettle.integrations.ingest.FileIngestor;
import org.evsettle.integrations.ingest.IdTagKeyFile;
import org.evsettle.integrations.ingest.IdTagPseudonymizer;
import org.evsettle.integrations.ingest.InboxLayout;
import org.evsettle.integrations.ingest.ReceiptWriter;
import org.evsettle.integrations.ocpi.OcpiFiles;
import org.evsettle.integrations.outbox.Outbox;
import org.evsettle.integrations.outbox.OutboxRoutes;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.OcpiStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires ingestion. {@code evsettle.home} is the installation's home folder; {@code
 * evsettle.id-tag-key} (hex) overrides the generated id-tag key.
 */
@Configuration(proxyBeanMethods = false)
public class IntegrationsConfiguration {

  @Bean
  IdTagPseudonymizer idTagPseudonymizer(
      @Value("${evsettle.home}") Path home, @Value("${evsettle.id-tag-key:}") String key) {
    return new IdTagPseudonymizer(IdTagKeyFile.load(key, home));
  }

  @Bean
  InboxLayout inboxLayout(@Value("${evsettle.home}") Path home) {
    return new InboxLayout(
        home.resolve("inbox").toAbsolutePath().normalize(), home.resolve("profiles"));
  }

  @Bean
  FileIngestor fileIngestor(
      IngestStore store, OcpiStore ocpiStore, IdTagPseudonymizer pseudonymizer) {
    return new FileIngestor(store, pseudonymizer, new OcpiFiles(store, ocpiStore, pseudonymizer));
  }

  @Bean
  ReceiptWriter receiptWriter(@Value("${evsettle.home}") Path home, IngestStore store) {
    return new ReceiptWriter(home.toAbsolutePath().normalize(), store);
  }

  @Bean
  InboxSweep inboxSweep(
      CamelContext camel,
      FileIngestor ingestor,
      ReceiptWriter receipts,
      IngestStore store,
      InboxLayout layout,
      @Value("${evsettle.home}") Path home) {
    return new InboxSweep(
        camel, ingestor, receipts, store, layout, home.toAbsolutePath().normalize());
  }

  @Bean
  InboxRoutes inboxRoutes(InboxLayout layout, InboxSweep sweep) {
    return new InboxRoutes(layout, sweep);
  }

  @Bean
  OutboxRoutes outboxRoutes(@Value("${evsettle.home}") Path home) {
    return new OutboxRoutes(home.resolve("outbox").toAbsolutePath().normalize());
  }

  @Bean
  Outbox outbox(CamelContext camel) {
    return new Outbox(camel.createProducerTemplate());
  }
}
