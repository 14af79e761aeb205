package org.evsettle.settlement.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.evsettle.settlement.SettlementTestApplication;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.PartyRole;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.Site;
import org.evsettle.settlement.persistence.IngestStore;
import org.evsettle.settlement.persistence.NewVersion;
import org.evsettle.settlement.persistence.SiteEntity;
import org.evsettle.settlement.persistence.SiteRepository;
import org.evsettle.settlement.persistence.VersionedRowEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Which sites a run sees, on every supported database. No other test stores sites here. */
@SpringBootTest(classes = SettlementTestApplication.class)
abstract class SitesContract {

  private static final Instant DAY1 = Instant.parse("2026-10-02T01:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-10-03T01:00:00Z");

  @Autowired InputSnapshot inputs;
  @Autowired IngestStore store;
  @Autowired SiteRepository sites;

  private static Site site(
      String id, String operator, String kw, String connection, RecordStatus status) {
    return new Site(
        id,
        operator,
        "UT1",
        "Chaoyang",
        kw == null ? null : new BigDecimal(kw),
        connection,
        status);
  }

  private static NewVersion version(Site site, int version, long line, Instant received) {
    return new NewVersion(
        site, site.operatorId(), version, String.format("%064x", line), line, received, DAY1);
  }

  private void write(String operator, Instant received, NewVersion... versions) {
    String name = "sites-" + operator + "-" + received + ".csv";
    long file =
        store.openFile(
            new Party(PartyRole.OPERATORS, operator),
            name,
            String.format("%064x", name.hashCode()),
            RecordType.SITES,
            null,
            received,
            false);
    store.writeChunk(file, RecordType.SITES, List.of(versions), List.of());
  }

  @Test
  void aRunSeesTheLatestActiveVersionOfEverySiteInSiteOrder() {
    // written out of site order, over two days and two operators
    write(
        "OP-A",
        DAY1,
        version(site("S-20", "OP-A", "400", null, RecordStatus.ACTIVE), 1, 2, DAY1),
        version(site("S-30", "OP-A", "100", null, RecordStatus.ACTIVE), 1, 3, DAY1),
        version(site("S-40", "OP-A", "50", null, RecordStatus.ACTIVE), 1, 4, DAY1),
        version(site("S-10", "OP-A", "1250.125", "10 kV", RecordStatus.ACTIVE), 1, 5, DAY1));
    write("OP-B", DAY1, version(site("S-15", "OP-B", null, null, RecordStatus.ACTIVE), 1, 2, DAY1));
    write(
        "OP-A",
        DAY2,
        // S-20 corrected; S-30 voided; S-40 voided, then reinstated with new content
        version(site("S-20", "OP-A", "630", "10 kV", RecordStatus.ACTIVE), 2, 2, DAY2),
        version(site("S-30", "OP-A", "100", null, RecordStatus.VOID), 2, 3, DAY2),
        version(site("S-40", "OP-A", "50", null, RecordStatus.VOID), 2, 4, DAY2),
        version(site("S-40", "OP-A", "75", "0.4 kV", RecordStatus.ACTIVE), 3, 5, DAY2));

    List<String> seen =
        inputs.sites().stream()
            .map(
                s ->
                    String.join(
                        " ",
                        s.siteId(),
                        s.operatorId(),
                        s.utilityId(),
                        s.district(),
                        s.maxDemandKw() == null
                            ? "-"
                            : s.maxDemandKw().stripTrailingZeros().toPlainString(),
                        s.gridConnection() == null ? "-" : s.gridConnection(),
                        s.status().name()))
            .toList();
    assertThat(seen)
        .containsExactly(
            "S-10 OP-A UT1 Chaoyang 1250.125 10 kV ACTIVE",
            "S-15 OP-B UT1 Chaoyang - - ACTIVE",
            "S-20 OP-A UT1 Chaoyang 630 10 kV ACTIVE",
            "S-40 OP-A UT1 Chaoyang 75 0.4 kV ACTIVE");

    // every version stays stored
    List<SiteEntity> s40 = sites.findByPartyIdAndRecordIdOrderByVersion("OP-A", "S-40");
    assertThat(s40).extracting(VersionedRowEntity::getVersion).containsExactly(1, 2, 3);
    assertThat(s40)
        .extracting(VersionedRowEntity::getStatus)
        .containsExactly("ACTIVE", "VOID", "ACTIVE");
    assertThat(s40.get(2).getMaxDemandKw()).isEqualByComparingTo("75");
    assertThat(s40.get(2).getGridConnection()).isEqualTo("0.4 kV");
    assertThat(s40.get(2).getReceivedAt()).isEqualTo(DAY2);
    assertThat(s40.get(2).getFirstReceivedAt()).isEqualTo(DAY1);
  }
}
