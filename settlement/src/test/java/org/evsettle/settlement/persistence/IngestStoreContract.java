package org.evsettle.settlement.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evsettle.settlement.SettlementTestApplication;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.CurrentType;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.FileStatus;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.PartyRole;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.Rejection;
import org.evsettle.settlement.domain.RejectionCode;
import org.evsettle.settlement.domain.RowCounts;
import org.evsettle.settlement.domain.SignedMetering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the ingest store must do on every supported database. Starting the context already proves
 * that the Flyway migrations run and that Hibernate's mapping validates against them.
 */
@SpringBootTest(classes = SettlementTestApplication.class)
abstract class IngestStoreContract {

  private static final Party OP1 = new Party(PartyRole.OPERATORS, "OP1");
  private static final Instant DAY1 = Instant.parse("2026-10-02T01:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-10-03T01:00:00Z");

  @Autowired IngestStore store;
  @Autowired ChargerRepository chargers;
  @Autowired ChargingSessionRepository sessions;
  @Autowired IngestedFileRepository files;
  @Autowired QuarantinedRowRepository quarantine;
  @Autowired javax.sql.DataSource dataSource;

  /** The database product the subclass runs on, as its JDBC driver names it. */
  abstract String expectedDatabase();

  @Test
  void runsOnTheIntendedDatabase() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
    }
  }

  private static Charger charger(String id, RecordStatus status) {
    return charger(id, status, null, null);
  }

  private static Charger charger(
      String id, RecordStatus status, CurrentType current, String connector) {
    return new Charger(
        id,
        "OP1",
        "SITE-1",
        "UT1",
        "Chaoyang",
        AccessType.PUBLIC,
        new BigDecimal("60"),
        true,
        2,
        "4.1.7",
        true,
        true,
        LocalDate.parse("2027-06-30"),
        SignedMetering.OCMF,
        current,
        connector,
        status);
  }

  private static ChargingSession session(String energy) {
    return new ChargingSession(
        "S-" + energy.hashCode(),
        "C-1",
        Instant.parse("2026-10-01T14:30:00Z"),
        Instant.parse("2026-10-01T15:30:00Z"),
        Energy.kwh(energy),
        "ab".repeat(32),
        new BigDecimal("1000.5"),
        new BigDecimal("1010.5"),
        "OCMF|{}|{}",
        RecordStatus.ACTIVE);
  }

  @Test
  void aFileLeftInProgressTellsWhatItsStoredChunksHold() {
    String sha = "7".repeat(63) + (System.nanoTime() % 10);
    long done =
        store.openFile(OP1, "sessions-done.csv", sha, RecordType.SESSIONS, null, DAY1, false);
    store.closeFile(done, FileStatus.PROCESSED, null, RowCounts.NONE);
    long killed =
        store.openFile(OP1, "sessions-killed.csv", sha, RecordType.SESSIONS, null, DAY2, false);
    ChargingSession first = session("41.25");
    ChargingSession corrected = session("42.25");
    store.writeChunk(
        killed,
        RecordType.SESSIONS,
        List.of(
            new NewVersion(first, "OP1", 1, "c".repeat(64), 3, DAY2, DAY2),
            new NewVersion(corrected, "OP1", 2, "d".repeat(64), 4, DAY2, DAY1)),
        List.of(
            new QuarantinedRow(
                new Rejection(6, "energy_kwh", RejectionCode.NEGATIVE_ENERGY, "negative"), "{}")));

    var unfinished = store.unfinishedFile(OP1, sha, RecordType.SESSIONS).orElseThrow();
    assertThat(unfinished.fileId()).isEqualTo(killed);
    assertThat(unfinished.receivedAt()).isEqualTo(DAY2);
    assertThat(unfinished.lastLine()).isEqualTo(6);
    // lines 2 to 6 were decided: 1 accepted, 1 corrected, 1 rejected, so 2 duplicates
    assertThat(unfinished.countsOf(5)).isEqualTo(new RowCounts(1, 1, 2, 1));

    store.closeFile(killed, FileStatus.PROCESSED, null, unfinished.countsOf(5));
    assertThat(store.unfinishedFile(OP1, sha, RecordType.SESSIONS)).isEmpty();
  }

  @Test
  void storesVersionsAppendOnlyAndMovesTheHead() {
    long f1 =
        store.openFile(OP1, "chargers.csv", "1".repeat(64), RecordType.CHARGERS, null, DAY1, false);
    String chargerId = "C-versions-" + System.nanoTime();
    store.writeChunk(
        f1,
        RecordType.CHARGERS,
        List.of(
            new NewVersion(
                charger(chargerId, RecordStatus.ACTIVE), "OP1", 1, "a".repeat(64), 2, DAY1, DAY1)),
        List.of());
    long f2 =
        store.openFile(
            OP1, "chargers-2.csv", "2".repeat(64), RecordType.CHARGERS, null, DAY2, false);
    store.writeChunk(
        f2,
        RecordType.CHARGERS,
        List.of(
            new NewVersion(
                charger(chargerId, RecordStatus.VOID), "OP1", 2, "b".repeat(64), 5, DAY2, DAY1)),
        List.of());

    var head =
        store.heads(RecordType.CHARGERS, "OP1", Set.of(chargerId, "never-sent")).get(chargerId);
    assertThat(head.latestVersion()).isEqualTo(2);
    assertThat(head.contentSha256()).isEqualTo("b".repeat(64));
    assertThat(head.firstReceivedAt()).isEqualTo(DAY1);
    assertThat(store.heads(RecordType.CHARGERS, "OP1", Set.of("never-sent"))).isEmpty();

    var versions = chargers.findByPartyIdAndRecordIdOrderByVersion("OP1", chargerId);
    assertThat(versions).extracting(VersionedRowEntity::getVersion).containsExactly(1, 2);
    assertThat(versions)
        .extracting(VersionedRowEntity::getStatus)
        .containsExactly("ACTIVE", "VOID");
    assertThat(versions.get(1).getLineNo()).isEqualTo(5);
    assertThat(versions.get(1).getFileId()).isEqualTo(f2);
    assertThat(versions.get(1).getFirstReceivedAt()).isEqualTo(DAY1);
    assertThat(versions.get(0).getRatedPowerKw()).isEqualByComparingTo("60");
    assertThat(versions.get(0).getTlsCertExpires()).isEqualTo(LocalDate.parse("2027-06-30"));
    assertThat(versions.get(0).getSignedMetering()).isEqualTo("OCMF");

    assertThat(store.latestChargers())
        .filteredOn(c -> c.chargerId().equals(chargerId))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(RecordStatus.VOID));
  }

  @Test
  void keepsAChargersCurrentTypeAndConnectorAndReadsThemBackForSettlement() {
    long f =
        store.openFile(
            OP1, "chargers-power.csv", "4".repeat(64), RecordType.CHARGERS, null, DAY1, false);
    String stamp = Long.toString(System.nanoTime());
    // a 32-character connector: the longest ingest lets through
    String longest = "X".repeat(32);
    store.writeChunk(
        f,
        RecordType.CHARGERS,
        List.of(
            new NewVersion(
                charger("C-dc-" + stamp, RecordStatus.ACTIVE, CurrentType.DC, "CHAOJI"),
                "OP1",
                1,
                "d".repeat(64),
                2,
                DAY1,
                DAY1),
            new NewVersion(
                charger("C-long-" + stamp, RecordStatus.ACTIVE, CurrentType.AC, longest),
                "OP1",
                1,
                "e".repeat(64),
                3,
                DAY1,
                DAY1),
            new NewVersion(
                charger("C-none-" + stamp, RecordStatus.ACTIVE),
                "OP1",
                1,
                "f".repeat(64),
                4,
                DAY1,
                DAY1)),
        List.of());

    assertThat(store.latestChargers())
        .filteredOn(c -> c.chargerId().endsWith(stamp))
        .extracting(
            c ->
                c.chargerId().replace(stamp, "")
                    + " "
                    + c.currentType()
                    + " "
                    + c.connector()
                    + " "
                    + c.powerClass())
        .containsExactly(
            "C-dc- DC CHAOJI CHAOJI",
            "C-long- AC " + longest + " AC",
            // 60 kW, nothing reported: above what AC can deliver
            "C-none- null null DC_FAST");
    var stored = chargers.findByPartyIdAndRecordIdOrderByVersion("OP1", "C-dc-" + stamp).get(0);
    assertThat(stored.getCurrentType()).isEqualTo("DC");
    assertThat(stored.getConnector()).isEqualTo("CHAOJI");
  }

  @Test
  void keepsAChargersMeterKeyAndSerialAndReadsThemBackForSettlement() {
    long f =
        store.openFile(
            OP1, "chargers-meter.csv", "5".repeat(64), RecordType.CHARGERS, null, DAY1, false);
    String stamp = Long.toString(System.nanoTime());
    // a P-521 key in hex is 316 digits; the column takes 1000, as ingest checks
    String longestKey = "A".repeat(1000);
    store.writeChunk(
        f,
        RecordType.CHARGERS,
        List.of(
            new NewVersion(
                charger("C-key-" + stamp, RecordStatus.ACTIVE)
                    .withMeter(longestKey, "9".repeat(64)),
                "OP1",
                1,
                "a".repeat(64),
                2,
                DAY1,
                DAY1)),
        List.of());

    assertThat(store.latestChargers())
        .filteredOn(c -> c.chargerId().endsWith(stamp))
        .extracting(c -> c.meterPublicKey().length() + " " + c.meterSerial())
        .containsExactly("1000 " + "9".repeat(64));
  }

  @Test
  void keepsSessionValuesExactly() {
    long f =
        store.openFile(OP1, "sessions.csv", "3".repeat(64), RecordType.SESSIONS, null, DAY1, false);
    ChargingSession s = session("12.345678");
    store.writeChunk(
        f,
        RecordType.SESSIONS,
        List.of(new NewVersion(s, "OP1", 1, "c".repeat(64), 2, DAY1, DAY1)),
        List.of());

    var stored = sessions.findByPartyIdAndRecordIdOrderByVersion("OP1", s.sessionId()).get(0);
    assertThat(stored.getEnergyKwh()).isEqualByComparingTo("12.345678");
    assertThat(stored.getStartedAt()).isEqualTo(Instant.parse("2026-10-01T14:30:00Z"));
    assertThat(stored.getEndedAt()).isEqualTo(Instant.parse("2026-10-01T15:30:00Z"));
    assertThat(stored.getIdTagPseudonym()).isEqualTo("ab".repeat(32));
    assertThat(stored.getMeterStopKwh()).isEqualByComparingTo("1010.5");
  }

  @Test
  void recognisesOnlyProcessedFilesAsAlreadyIngested() {
    String sha = Long.toHexString(System.nanoTime()) + "0".repeat(48);
    long quarantined = store.openFile(OP1, "bad.csv", sha, null, null, DAY1, false);
    store.closeFile(quarantined, FileStatus.QUARANTINED, "not CSV", RowCounts.NONE);
    assertThat(store.processedFile(OP1, sha)).isEmpty();

    long processed = store.openFile(OP1, "good.csv", sha, RecordType.SESSIONS, null, DAY2, true);
    store.closeFile(processed, FileStatus.PROCESSED, null, new RowCounts(3, 1, 2, 4));
    assertThat(store.processedFile(OP1, sha)).contains(processed);
    assertThat(store.processedFile(new Party(PartyRole.OPERATORS, "OP2"), sha)).isEmpty();

    var row = files.findById(processed).orElseThrow();
    assertThat(row.getStatus()).isEqualTo("PROCESSED");
    assertThat(row.isAsOf()).isTrue();
    assertThat(
            List.of(row.getAccepted(), row.getCorrected(), row.getDuplicates(), row.getRejected()))
        .containsExactly(3L, 1L, 2L, 4L);
  }

  @Test
  void streamsRejectedRowsInLineOrder() {
    long f =
        store.openFile(
            OP1, "sessions-bad.csv", "4".repeat(64), RecordType.SESSIONS, null, DAY1, false);
    store.writeChunk(
        f,
        RecordType.SESSIONS,
        List.of(),
        List.of(
            new QuarantinedRow(
                new Rejection(9, "energy_kwh", RejectionCode.NEGATIVE_ENERGY, "negative"), "{}"),
            new QuarantinedRow(
                new Rejection(3, "charger_id", RejectionCode.MISSING_FIELD, "missing"),
                "{\"a\":\"b\"}")));

    List<Rejection> streamed = new ArrayList<>();
    store.forEachRejection(f, streamed::add);
    assertThat(streamed).extracting(Rejection::line).containsExactly(3L, 9L);
    assertThat(streamed.get(1).code()).isEqualTo(RejectionCode.NEGATIVE_ENERGY);
    assertThat(quarantine.findByFileIdOrderByLineNo(f))
        .extracting(QuarantinedRowEntity::getRawRow)
        .containsExactly("{\"a\":\"b\"}", "{}");
  }
}
