package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.TestHome.csv;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.evsettle.settlement.persistence.ChargingSessionEntity;
import org.evsettle.settlement.persistence.ChargingSessionRepository;
import org.evsettle.settlement.persistence.VersionedRowEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Input records are append-only: duplicates are counted, corrections and VOIDs are new versions.
 */
class VersioningTest extends IngestTestSupport {

  private static final String HEADER =
      "session_id,charger_id,started_at,ended_at,energy_kwh,status";

  @Autowired ChargingSessionRepository sessions;

  @Test
  void aRecordRepeatedInLaterChunksOfTheSameFileIsVersionedInFileOrder() {
    home.drop(
        "operators/CHK", "chargers.csv", chargersCsv("CHK-C1,CHK,CHK-S,UT1,,PUBLIC,22,false"));
    // chunks are checked while the chunk before is stored: X's later rows must still see X stored
    int chunk = FileIngestor.CHUNK_ROWS;
    java.util.List<String> rows = new java.util.ArrayList<>();
    rows.add("X,CHK-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,5,");
    for (int i = 1; i < 2 * chunk + 10; i++) {
      rows.add("F" + i + ",CHK-C1,2026-10-02T10:00:00+08:00,2026-10-02T11:00:00+08:00,1,");
      if (i == chunk + 5) { // in the second chunk: X corrected
        rows.add("X,CHK-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,6,");
      }
      if (i == 2 * chunk + 5) { // in the third chunk: the correction sent again
        rows.add("X,CHK-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,6,");
      }
    }
    rows.add(0, HEADER);
    home.drop("operators/CHK", "sessions-chunks.csv", csv(rows.toArray(String[]::new)));
    ingest();

    // accepted: X and the 2 x 2000 + 9 F rows; corrected: X once; duplicate: X's repeat
    assertThat(counts(home.receipt("operators/CHK", "sessions-chunks.csv")))
        .containsExactly(1L + 2 * chunk + 9, 1L, 1L, 0L);
    var x = sessions.findByPartyIdAndRecordIdOrderByVersion("CHK", "X");
    assertThat(x).extracting(VersionedRowEntity::getVersion).containsExactly(1, 2);
    // header is line 1, X line 2, F1..F2005 lines 3..2007, the correction line 2008
    assertThat(x.get(1).getLineNo()).isEqualTo(chunk + 8);
  }

  @Test
  void everyIdCorrectedInALaterChunkGetsItsVersionsInFileOrder() {
    home.drop(
        "operators/LAN", "chargers.csv", chargersCsv("LAN-C1,LAN,LAN-S,UT1,,PUBLIC,22,false"));
    int ids = FileIngestor.CHUNK_ROWS + 500;
    java.util.List<String> rows = new java.util.ArrayList<>();
    rows.add(HEADER);
    for (int round = 1; round <= 2; round++) {
      for (int i = 0; i < ids; i++) {
        rows.add(
            "L" + i + ",LAN-C1,2026-10-03T10:00:00+08:00,2026-10-03T11:00:00+08:00," + round + ",");
        if (i % 1000 == 7) { // a rejected row now and then, in every chunk
          rows.add("R" + round + "-" + i + ",LAN-C1,not a time,2026-10-03T11:00:00+08:00,1,");
        }
      }
    }
    home.drop("operators/LAN", "sessions-lanes.csv", csv(rows.toArray(String[]::new)));
    ingest();

    var receipt = home.receipt("operators/LAN", "sessions-lanes.csv");
    // the first round accepted, the second round corrects every id; 3 rejected rows per round
    assertThat(counts(receipt)).containsExactly((long) ids, (long) ids, 0L, 6L);
    // rejections are reported in line order, whichever chunk they were in
    var lines = rejections(receipt).stream().map(r -> Long.parseLong(r.split(" ")[0])).toList();
    assertThat(lines).hasSize(6).isSorted();
    for (int i : new int[] {0, 1, 7, 1999, 2000, 2001, ids - 1}) {
      var versions = sessions.findByPartyIdAndRecordIdOrderByVersion("LAN", "L" + i);
      assertThat(versions).extracting(VersionedRowEntity::getVersion).containsExactly(1, 2);
      assertThat(versions.get(1).getEnergyKwh()).isEqualByComparingTo("2");
      assertThat(versions.get(1).getLineNo()).isGreaterThan(versions.get(0).getLineNo());
    }
  }

  @Test
  void duplicatesAreCountedCorrectionsAndVoidsBecomeNewVersions() {
    home.drop(
        "operators/VER", "chargers.csv", chargersCsv("VER-C1,VER,VER-S,UT1,,PUBLIC,22,false"));
    home.drop(
        "operators/VER",
        "sessions-1.csv",
        csv(
            HEADER,
            "A,VER-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,10.5,",
            "B,VER-C1,2026-10-02T10:00:00+08:00,2026-10-02T11:00:00+08:00,8,"));
    ingest();

    // a day later: A unchanged (written differently), B corrected, C new, then B voided
    Clock nextDay = Clock.fixed(Instant.parse("2026-11-02T00:00:00Z"), ZoneOffset.UTC);
    home.drop(
        "operators/VER",
        "sessions-2.csv",
        csv(
            HEADER,
            "A,VER-C1,2026-10-01T02:00:00Z,2026-10-01T03:00:00Z,10.500,ACTIVE",
            "B,VER-C1,2026-10-02T10:00:00+08:00,2026-10-02T11:00:00+08:00,9,",
            "C,VER-C1,2026-10-03T10:00:00+08:00,2026-10-03T11:00:00+08:00,1,",
            "B,VER-C1,2026-10-02T10:00:00+08:00,2026-10-02T11:00:00+08:00,9,VOID",
            "B,VER-C1,2026-10-02T10:00:00+08:00,2026-10-02T11:00:00+08:00,9,VOID"));
    sweep.runOnce(nextDay, false);

    assertThat(counts(home.receipt("operators/VER", "sessions-1.csv")))
        .containsExactly(2L, 0L, 0L, 0L);
    // A: duplicate; B: correction, then VOID (a correction), then duplicate of the VOID; C: new
    assertThat(counts(home.receipt("operators/VER", "sessions-2.csv")))
        .containsExactly(1L, 2L, 2L, 0L);

    var a = sessions.findByPartyIdAndRecordIdOrderByVersion("VER", "A");
    assertThat(a).hasSize(1);
    var b = sessions.findByPartyIdAndRecordIdOrderByVersion("VER", "B");
    assertThat(b).extracting(VersionedRowEntity::getVersion).containsExactly(1, 2, 3);
    assertThat(b)
        .extracting(VersionedRowEntity::getStatus)
        .containsExactly("ACTIVE", "ACTIVE", "VOID");
    assertThat(b)
        .extracting(ChargingSessionEntity::getEnergyKwh)
        .usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(
            new java.math.BigDecimal("8"),
            new java.math.BigDecimal("9"),
            new java.math.BigDecimal("9"));
    // the old version stays; a correction keeps the time of the first report
    assertThat(b.get(0).getReceivedAt()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(b.get(2).getReceivedAt()).isEqualTo(Instant.parse("2026-11-02T00:00:00Z"));
    assertThat(b)
        .extracting(VersionedRowEntity::getFirstReceivedAt)
        .containsOnly(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(b.get(1).getLineNo()).isEqualTo(3);
  }

  @Test
  void sessionIdsBelongToTheirOperator() {
    home.drop(
        "operators/VER-X",
        "chargers.csv",
        chargersCsv("VERX-C1,VER-X,VERX-S,UT1,,PUBLIC,22,false"));
    home.drop(
        "operators/VER-Y",
        "chargers.csv",
        chargersCsv("VERY-C1,VER-Y,VERY-S,UT1,,PUBLIC,22,false"));
    home.drop(
        "operators/VER-X",
        "sessions.csv",
        csv(HEADER, "SAME-ID,VERX-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,1,"));
    home.drop(
        "operators/VER-Y",
        "sessions.csv",
        csv(HEADER, "SAME-ID,VERY-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,2,"));
    ingest();

    assertThat(counts(home.receipt("operators/VER-X", "sessions.csv")))
        .containsExactly(1L, 0L, 0L, 0L);
    assertThat(counts(home.receipt("operators/VER-Y", "sessions.csv")))
        .containsExactly(1L, 0L, 0L, 0L);
  }
}
