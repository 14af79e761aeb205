package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evsettle.integrations.TestHome.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evsettle.integrations.CouncilProfile;
import org.evsettle.integrations.profile.ProfileException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A broken import profile refuses the whole ingest pass before any file is touched: no file of the
 * pass is stored, moved or given a receipt, and the pass goes through once the profile is fixed.
 */
class BrokenProfileTest extends IngestTestSupport {

  @Autowired JdbcTemplate jdbc;

  @Test
  void aYearOfEraPatternRefusesThePassBeforeAnyFile() throws IOException {
    Path profile = installProfile("council.yaml", CouncilProfile.WITH_YEAR_OF_ERA);
    // registry files go first: before the check at load, this one was stored before the crash
    Path chargers =
        home.drop(
            "operators/BPR", "chargers.csv", chargersCsv("BPR-C1,BPR,BPR-S,UT1,,PUBLIC,22,false"));
    Path sessions =
        home.drop(
            "operators/BPR",
            "council-october.csv",
            csv("Ref,Bay,Start,End,kWh", "R1,BPR-C1,2026-10-01 10:00,2026-10-01 11:00,7.5"));

    assertThatThrownBy(this::ingest)
        .isInstanceOf(ProfileException.class)
        .hasMessage(CouncilProfile.YEAR_OF_ERA_REFUSED);
    assertThat(chargers).exists();
    assertThat(sessions).exists();
    assertThat(HOME.resolve("outbox/operators/BPR")).doesNotExist();
    assertThat(filesOf("BPR")).isZero();

    Files.writeString(profile, CouncilProfile.YAML);
    ingest();
    assertThat(counts(home.receipt("operators/BPR", "chargers.csv")))
        .containsExactly(1L, 0L, 0L, 0L);
    // 10:00 British summer time is 09:00 UTC
    assertThat(counts(home.receipt("operators/BPR", "council-october.csv")))
        .containsExactly(1L, 0L, 0L, 0L);
    assertThat(
            jdbc.queryForObject(
                    "select started_at from charging_session where record_id = 'R1'"
                        + " and party_id = 'BPR'",
                    java.time.OffsetDateTime.class)
                .toInstant())
        .isEqualTo(java.time.Instant.parse("2026-10-01T09:00:00Z"));
    assertThat(filesOf("BPR")).isEqualTo(2);
  }

  private long filesOf(String party) {
    return jdbc.queryForObject(
        "select count(*) from ingested_file where party_id = ?", Long.class, party);
  }
}
