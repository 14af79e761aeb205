package org.evsettle.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.rules.engine.OcpiDocuments.cdr;
import static org.evsettle.rules.engine.OcpiDocuments.component;
import static org.evsettle.rules.engine.OcpiDocuments.element;
import static org.evsettle.rules.engine.OcpiDocuments.tariff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.PackCompiler;
import org.evsettle.rules.testing.TestRecords;
import org.evsettle.settlement.domain.PolicyLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The uk pack's price transparency on OP1's sessions of 6 and 7 October 2026 (BST, +01:00): each
 * CDR priced again with its tariff and its stated total checked (tolerance 0.01 GBP), and the price
 * cap of 0.79 GBP per kWh including VAT (price-transparency.drl.xlsx). Tariffs, all GBP, stored
 * with last_updated 2026-01-01: T-AC energy 0.50 + 20 % VAT = 0.60 per kWh (a version of 2026-11-01
 * at 0.70 comes after October); T-DC energy 0.75 + 20 % = 0.90 per kWh and a flat 1.00 + 20 % =
 * 1.20 per session; T-TOU 1.00 per kWh from 10:00 to 11:00 local time, 0.20 otherwise, no VAT. The
 * CDR of S-EMB carries its own T-EMB, 0.40 + 20 % = 0.48 per kWh.
 */
class UkPriceTransparencyTest {

  private static CompiledPack uk;

  @BeforeAll
  static void compile() {
    uk = new PackCompiler().compile(Path.of("policies/uk"));
  }

  private static OcpiMarket october() {
    return new OcpiMarket()
        .charger(TestRecords.charger("CP1", "UKPN"))
        .tariff(OctoberCdrs.T_AC)
        .tariff(OctoberCdrs.T_AC_FROM_NOVEMBER)
        .tariff(
            tariff(
                "T-DC",
                "GBP",
                "2026-01-01T00:00:00Z",
                "{\"price_components\": ["
                    + component("ENERGY", "0.75", "20")
                    + ", "
                    + component("FLAT", "1.00", "20")
                    + "]}"))
        .tariff(
            tariff(
                "T-TOU",
                "GBP",
                "2026-01-01T00:00:00Z",
                "{\"price_components\": ["
                    + component("ENERGY", "1.00", null)
                    + "], \"restrictions\": {\"start_time\": \"10:00\", \"end_time\": \"11:00\"}}, "
                    + element("ENERGY", "0.20", null)))
        // 10 x 0.50 = 5.00, x 1.20 = 6.00: as stated
        .cdrSession(
            "S-EXACT",
            "CP1",
            "2026-10-06T10:00",
            "10",
            cdr("GBP", "2026-10-06T09:00:00Z", "T-AC", "10", "5.00", "6.00", ""))
        .cdrSession("S-OVER", "CP1", "2026-10-06T12:00", "10", OctoberCdrs.OVERSTATED)
        .csvSession("S-CSV", "CP1", "2026-10-06T14:00", "8")
        .cdrSession("S-UNKNOWN", "CP1", "2026-10-06T15:00", "5", OctoberCdrs.UNKNOWN_TARIFF)
        // 20 x 0.90 = 18.00 + 1.20 = 19.20 (excl. 15.00 + 1.00 = 16.00), 0.96 per kWh
        .cdrSession(
            "S-CAP",
            "CP1",
            "2026-10-06T16:00",
            "20",
            cdr("GBP", "2026-10-06T15:00:00Z", "T-DC", "20", "16.00", "19.20", ""))
        .cdrSession("S-EUR", "CP1", "2026-10-06T18:00", "10", OctoberCdrs.IN_EUROS)
        .cdrSession("S-EMB", "CP1", "2026-10-06T19:00", "10", OctoberCdrs.OWN_TARIFF)
        // 10:00-11:00 BST is 09:00-10:00 UTC: in local time the 1.00 element, 10 x 1.00 = 10.00
        // (in UTC it would have been 10 x 0.20 = 2.00)
        .cdrSession(
            "S-TOU",
            "CP1",
            "2026-10-07T10:00",
            "10",
            cdr("GBP", "2026-10-07T09:00:00Z", "T-TOU", "10", "10.00", "10.00", ""));
  }

  private static Result settle(OcpiMarket market, CompiledPack pack, int batchSize) {
    List<PolicyLine> lines = new ArrayList<>();
    Evaluation evaluation =
        new PolicyEngine(batchSize).evaluate(pack, market.partition(), lines::add);
    return new Result(lines, evaluation);
  }

  private record Result(List<PolicyLine> lines, Evaluation evaluation) {
    List<String> capLines() {
      return lines.stream()
          .filter(l -> l.component().name().equals("PRICE_CAP_EXCESS"))
          .map(Scenario::summary)
          .toList();
    }

    List<String> measures() {
      return evaluation.measures().stream()
          .map(
              m ->
                  m.measure()
                      + " | "
                      + m.subject()
                      + " | "
                      + m.measured().stripTrailingZeros().toPlainString())
          .toList();
    }
  }

  @Test
  void stateTotalsAreCheckedAgainstTheirTariffsAndReportedPerOperator() {
    Result r = settle(october(), uk, 1000);
    // S-EXACT, S-CAP, S-EMB, S-TOU as stated; S-OVER 6.50 - 6.00 = 0.50; S-CSV is no CDR
    assertThat(r.measures())
        .containsExactly(
            "price check CDRs | not priced: no tariff | 1",
            "price check CDRs | not priced: other currency | 1",
            "price check CDRs | stated total differs from the tariff | 1",
            "price check difference incl. VAT | stated total differs from the tariff | 0.5",
            "price check CDRs | stated total matches the tariff | 4");
  }

  @Test
  void aPriceAboveTheCapPaysTheExcessToTheRedressFund() {
    Result r = settle(october(), uk, 1000);
    // S-CAP: 19.20 - 0.79 x 20 = 19.20 - 15.80 = 3.40
    // S-TOU: 10.00 - 0.79 x 10 = 10.00 - 7.90 = 2.10
    // S-EXACT 0.60, S-OVER 0.60 (its tariff's, not its stated 0.65) and S-EMB 0.48 per kWh are
    // under the cap; S-CSV, S-UNKNOWN and S-EUR are not priced
    assertThat(r.capLines())
        .containsExactly(
            "PRICE_CAP_EXCESS - S-CAP OP1->UK-REDRESS-FUND 3.4 x 1 = 3.40",
            "PRICE_CAP_EXCESS - S-TOU OP1->UK-REDRESS-FUND 2.1 x 1 = 2.10");
    PolicyLine capped =
        r.lines().stream()
            .filter(l -> l.recordId().equals("S-CAP"))
            .filter(l -> l.component().name().equals("PRICE_CAP_EXCESS"))
            .findFirst()
            .orElseThrow();
    assertThat(capped.explanation())
        .isEqualTo(
            "Session S-CAP cost 19.2 GBP including VAT for 20 kWh with tariff T-DC (from the"
                + " operator's tariffs), 0.96 GBP per kWh, above the cap of 0.79 GBP per kWh: the"
                + " excess is owed to the redress fund.");
    assertThat(capped.policyFile()).isEqualTo("price-cap.drl");
    assertThat(capped.unit()).isEqualTo("GBP");
  }

  @Test
  void batchesOfOneAndOfAThousandGiveTheSameLinesAndMeasures() {
    OcpiMarket one = october();
    OcpiMarket all = october();
    Result byOne = settle(one, uk, 1);
    Result together = settle(all, uk, 1000);
    assertThat(byOne.lines().stream().map(l -> Scenario.summary(l) + " " + l.explanation()))
        .containsExactlyElementsOf(
            together.lines().stream()
                .map(l -> Scenario.summary(l) + " " + l.explanation())
                .toList());
    assertThat(byOne.measures()).isEqualTo(together.measures());
    // the CDRs are read batch by batch: 8 batches of one session, or one of eight
    assertThat(one.cdrBatchesAsked).isEqualTo(8);
    assertThat(all.cdrBatchesAsked).isEqualTo(1);
  }

  @Test
  void aPackThatAsksNothingOfOcpiReadsNoCdr() {
    OcpiMarket market = october();
    settle(market, new PackCompiler().compile(Path.of("policies/beijing")), 1000);
    assertThat(market.cdrBatchesAsked).isZero();
    assertThat(market.tariffsAsked).isZero();
  }
}
