package org.evsettle.settlement.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.evsettle.settlement.SettlementTestApplication;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.OcpiTariff;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.PartyRole;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.persistence.OcpiStore.SessionCdr;
import org.evsettle.settlement.persistence.OcpiStore.SessionVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What the OCPI store must do on every supported database. */
@SpringBootTest(classes = SettlementTestApplication.class)
abstract class OcpiStoreContract {

  private static final Instant DAY1 = Instant.parse("2026-10-02T01:00:00Z");

  @Autowired IngestStore ingest;
  @Autowired OcpiStore store;
  @Autowired javax.sql.DataSource dataSource;

  abstract String expectedDatabase();

  @Test
  void runsOnTheIntendedDatabase() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
    }
  }

  private static ChargingSession session(String id, String kwh, RecordStatus status) {
    return new ChargingSession(
        id,
        "C-1",
        Instant.parse("2026-10-01T14:30:00Z"),
        Instant.parse("2026-10-01T15:30:00Z"),
        Energy.kwh(kwh),
        "ab".repeat(32),
        null,
        null,
        "OCMF|{}|{}",
        status);
  }

  @Test
  void keepsEachSessionVersionsCdrAndReadsThemBackInBulk() {
    String op = "OPC-" + System.nanoTime();
    long file =
        ingest.openFile(
            new Party(PartyRole.OPERATORS, op),
            "cdrs.json",
            "5".repeat(64),
            RecordType.SESSIONS,
            null,
            DAY1,
            false);
    // a CDR larger than the quarantine's raw rows: {"id":"S1","pad":" is 18 characters, "} 2
    String big = "{\"id\":\"S1\",\"pad\":\"" + "x".repeat(40_000 - 20) + "\"}";
    store.writeCdrChunk(
        file,
        op,
        List.of(
            new NewVersion(
                session("S1", "10", RecordStatus.ACTIVE), op, 1, "a".repeat(64), 1, DAY1, DAY1),
            new NewVersion(
                session("S2", "7", RecordStatus.ACTIVE), op, 1, "b".repeat(64), 2, DAY1, DAY1),
            new NewVersion(
                session("S1", "10", RecordStatus.VOID), op, 2, "c".repeat(64), 3, DAY1, DAY1)),
        List.of(
            new SessionCdr("S1", 1, "S1", false, big),
            new SessionCdr("S2", 1, "S2", false, "{\"id\":\"S2\"}"),
            new SessionCdr("S1", 2, "S1-CREDIT", true, "{\"id\":\"S1-CREDIT\"}")),
        List.of());

    var cdrs =
        store.cdrs(
            op,
            Set.of(
                new SessionVersion("S1", 1),
                new SessionVersion("S1", 2),
                new SessionVersion("S2", 1),
                new SessionVersion("S3", 1)));
    assertThat(cdrs).hasSize(3);
    assertThat(cdrs.get(new SessionVersion("S1", 1)).length()).isEqualTo(40_000);
    assertThat(cdrs.get(new SessionVersion("S1", 1)).equals(big)).isTrue();
    assertThat(cdrs.get(new SessionVersion("S1", 2))).isEqualTo("{\"id\":\"S1-CREDIT\"}");
    // only the versions asked for
    assertThat(store.cdrs(op, Set.of(new SessionVersion("S1", 2))).keySet())
        .containsExactly(new SessionVersion("S1", 2));
    assertThat(store.cdrs("someone-else", Set.of(new SessionVersion("S1", 1)))).isEmpty();
    // more ids than one query binds: asked with 2,500 others never sent, S2 still found
    List<SessionVersion> many = new java.util.ArrayList<>();
    for (int i = 0; i < 2 * OcpiStore.IDS_PER_QUERY + 500; i++) {
      many.add(new SessionVersion("NEVER-" + i, 1));
    }
    many.add(new SessionVersion("S2", 1));
    assertThat(store.cdrs(op, many).keySet()).containsExactly(new SessionVersion("S2", 1));

    var latest = store.latestSessions(op, Set.of("S1", "S2", "S3"));
    assertThat(latest.keySet()).containsExactlyInAnyOrder("S1", "S2");
    assertThat(latest.get("S1").status()).isEqualTo(RecordStatus.VOID);
    assertThat(latest.get("S2").energy().kwh()).isEqualByComparingTo("7");
  }

  @Test
  void readsAnOperatorsTariffsAsTheyStoodAtATime() {
    String op = "OPT-" + System.nanoTime();
    long file =
        ingest.openFile(
            new Party(PartyRole.OPERATORS, op),
            "tariffs.json",
            "6".repeat(64),
            RecordType.TARIFFS,
            null,
            DAY1,
            false);
    Instant sep = Instant.parse("2026-09-01T00:00:00Z");
    Instant oct15 = Instant.parse("2026-10-15T00:00:00Z");
    ingest.writeChunk(
        file,
        RecordType.TARIFFS,
        List.of(
            new NewVersion(tariff("T1", sep, "{\"v\":1}"), op, 1, "d".repeat(64), 1, DAY1, DAY1),
            new NewVersion(tariff("T1", oct15, "{\"v\":2}"), op, 2, "e".repeat(64), 2, DAY1, DAY1),
            new NewVersion(
                tariff("T2", oct15, "{\"t2\":1}"), op, 1, "f".repeat(64), 3, DAY1, DAY1)),
        List.of());

    assertThat(store.tariffsAt(op, Instant.parse("2026-10-14T23:59:59Z")))
        .containsExactly(java.util.Map.entry("T1", "{\"v\":1}"));
    // at the instant of last_updated the new version stands
    assertThat(store.tariffsAt(op, oct15))
        .containsExactly(
            java.util.Map.entry("T1", "{\"v\":2}"), java.util.Map.entry("T2", "{\"t2\":1}"));
    assertThat(store.tariffsAt(op, Instant.parse("2026-08-01T00:00:00Z"))).isEmpty();
  }

  private static OcpiTariff tariff(String id, Instant lastUpdated, String json) {
    return new OcpiTariff(id, Currency.getInstance("CNY"), lastUpdated, json, RecordStatus.ACTIVE);
  }

  @Test
  void aTariffsContentIsItsIdCurrencyLastUpdateAndJson() {
    var a = tariff("T1", DAY1, "{\"price\":0.5}");
    assertThat(a.canonicalContent())
        .isEqualTo("T1\u001fCNY\u001f2026-10-02T01:00:00Z\u001f{\"price\":0.5}\u001fACTIVE");
  }
}
