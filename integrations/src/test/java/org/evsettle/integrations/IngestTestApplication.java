package org.evsettle.integrations;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Ingestion with its persistence, on a fixed clock: "now" is 2026-11-01T00:00:00Z. */
@SpringBootApplication(
    scanBasePackages = {"org.evsettle.integrations", "org.evsettle.settlement.persistence"})
@EntityScan("org.evsettle.settlement")
@EnableJpaRepositories("org.evsettle.settlement")
public class IngestTestApplication {

  public static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

  @Bean
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
