package org.evsettle.integrations.ingest;

import java.time.Clock;

/**
 * One pass over the inbox: its clock (the injected one, or the {@code --as-of} instant when
 * back-filling history) and the charger registry as it grows during the pass.
 */
public record IngestPass(Clock clock, boolean asOf, ChargerRegistry registry) {}
