package org.evsettle.settlement;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server per test JVM, from embedded binaries (no Docker, nothing installed),
 * stopped when the JVM exits. Each caller gets a database of its own.
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static int databases;

  private EmbeddedPostgres() {}

  /** Points the Spring datasource of a test class at a fresh database on the shared server. */
  public static synchronized void register(DynamicPropertyRegistry registry) {
    String url = newDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  public static synchronized String newDatabase() {
    try {
      if (server == null) {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
      }
      String name = "evsettle_" + (++databases);
      try (var c = server.getPostgresDatabase().getConnection();
          var s = c.createStatement()) {
        s.execute("create database " + name);
      }
      return server.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot create a test database", e);
    }
  }

  private static synchronized void stop() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException e) {
      // the JVM is exiting; nothing left to clean up
    }
  }
}
