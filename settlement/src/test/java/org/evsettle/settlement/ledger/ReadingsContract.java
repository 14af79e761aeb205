package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.evsettle.settlement.SettlementTestApplication;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.IntervalReading;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.PartyRole;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.NewVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Which interval readings a partition reads, on every supported database. */
@SpringBootTest(classes = SettlementTestApplication.class)
abstract class ReadingsContract {

  private static final Instant RECEIVED = Instant.parse("2026-11-01T00:00:00Z");

  @Autowired InputSnapshot inputs;
  @Autowired IngestStore store;

  private static Charger charger(String id, String operator) {
    return new Charger(
        id,
        operator,
        "SITE-" + operator,
        "UT1",
        "Chaoyang",
        AccessType.PUBLIC,
        new BigDecimal("60"),
        false,
        2,
        "4.1.7",
        true,
        true,
        LocalDate.parse("2027-06-30"),
        SignedMetering.OCMF,
        null,
        null,
        RecordStatus.ACTIVE);
  }

  private static NewVersion version(Object record, String party, int version, long line) {
    return new NewVersion(
        (org.evsettle.settlement.domain.InputRecord) record,
        party,
        version,
        String.format("%064x", line),
        line,
        RECEIVED,
        RECEIVED);
  }

  private static IntervalReading reading(String meter, String start, String kwh) {
    return new IntervalReading(
        meter,
        Instant.parse(start),
        15,
        new Energy(new BigDecimal(kwh)),
        null,
        RecordStatus.ACTIVE);
  }

  private long file(Party sender, RecordType type) {
    String name = type.name().toLowerCase() + ".csv";
    return store.openFile(
        sender, name, String.format("%064x", name.hashCode()), type, null, RECEIVED, false);
  }

  @Test
  void aPartitionReadsTheLatestReadingsOfItsOperatorsMetersAroundItsMonth() {
    // more chargers than one query names: the operator's meters are asked for in several
    int many = InputSnapshot.METERS_PER_QUERY + 7;
    List<NewVersion> chargers = new ArrayList<>();
    for (int i = 0; i < many; i++) {
      chargers.add(version(charger(String.format("RA-C%04d", i), "OP-RA"), "OP-RA", 1, i + 2));
    }
    chargers.add(version(charger("RB-C1", "OP-RB"), "OP-RB", 1, many + 2));
    long chargerFile = file(new Party(PartyRole.OPERATORS, "OP-RA"), RecordType.CHARGERS);
    store.writeChunk(chargerFile, RecordType.CHARGERS, chargers, List.of());

    String first = "RA-C0000";
    String last = String.format("RA-C%04d", many - 1);
    long readingFile = file(new Party(PartyRole.UTILITIES, "UT1"), RecordType.INTERVALS);
    store.writeChunk(
        readingFile,
        RecordType.INTERVALS,
        List.of(
            version(reading(first, "2026-10-05T02:00:00Z", "1.5"), "UT1", 1, 2),
            // the last day of the month before: may overlap a session starting at midnight
            version(reading(first, "2026-09-30T12:00:00Z", "0.5"), "UT1", 1, 3),
            // too early, and the month after: not read
            version(reading(first, "2026-09-20T12:00:00Z", "9"), "UT1", 1, 4),
            version(reading(first, "2026-11-01T00:00:00Z", "9"), "UT1", 1, 5),
            // a meter in the last query of meters, corrected: only the correction
            version(reading(last, "2026-10-09T02:00:00Z", "2.0"), "UT1", 1, 6),
            // another operator's meter
            version(reading("RB-C1", "2026-10-05T02:00:00Z", "9"), "UT1", 1, 7)),
        List.of());
    store.writeChunk(
        readingFile,
        RecordType.INTERVALS,
        List.of(version(reading(last, "2026-10-09T02:00:00Z", "2.5"), "UT1", 2, 8)),
        List.of());

    List<String> read =
        inputs
            .readings(
                "OP-RA",
                Instant.parse("2026-10-01T00:00:00Z"),
                Instant.parse("2026-11-01T00:00:00Z"))
            .stream()
            .map(
                r ->
                    r.meterId()
                        + " "
                        + r.intervalStart()
                        + " "
                        + r.imported().kwh().toPlainString())
            .sorted()
            .toList();
    assertThat(read)
        .containsExactly(
            first + " 2026-09-30T12:00:00Z 0.500000",
            first + " 2026-10-05T02:00:00Z 1.500000",
            last + " 2026-10-09T02:00:00Z 2.500000");
  }
}
