package org.evsettle.settlement;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot context with the settlement persistence only: Flyway migrates, Hibernate validates
 * the mapping against the migrated schema.
 */
@SpringBootApplication
public class SettlementTestApplication {}
