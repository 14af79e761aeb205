package org.evsettle.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.rules.engine.OcpiDocuments.cdr;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import org.evsettle.rules.model.OcpiCharge;
import org.evsettle.rules.testing.TestRecords;
import org.junit.jupiter.api.Test;

/**
 * A session's OCPI figures as rules read them ({@code SessionFact.getOcpi()}), for a GBP pack in
 * London, with the documents of {@link OctoberCdrs}.
 */
class OcpiChargesTest {

  private final OcpiMarket market =
      new OcpiMarket()
          .charger(TestRecords.charger("CP1", "UKPN"))
          .tariff(OctoberCdrs.T_AC)
          .tariff(OctoberCdrs.T_AC_FROM_NOVEMBER);

  private final OcpiCharges charges =
      new OcpiCharges(market, "OP1", ZoneId.of("Europe/London"), Currency.getInstance("GBP"));

  private OcpiCharge priced(String cdrJson) {
    return charges.price("S-1", cdrJson);
  }

  @Test
  void aCdrOverstatingItsTariffShowsBothTotalsAndTheDifference() {
    // 10 kWh x 0.50 = 5.00 excl., x 1.20 = 6.00 incl.; stated 5.4167 / 6.50; 6.50 - 6.00 = 0.50
    OcpiCharge c = priced(OctoberCdrs.OVERSTATED);
    assertThat(c.isPresent()).isTrue();
    assertThat(c.isPriced()).isTrue();
    assertThat(c.getTariffId()).isEqualTo("T-AC");
    assertThat(c.getTariffSource()).isEqualTo(OcpiCharge.OPERATOR_TARIFF);
    assertThat(c.getCurrency()).isEqualTo("GBP");
    assertThat(c.getComputedExclVat()).isEqualByComparingTo("5.00");
    assertThat(c.getComputedInclVat()).isEqualByComparingTo("6.00");
    assertThat(c.getStatedExclVat()).isEqualByComparingTo("5.4167");
    assertThat(c.getStatedInclVat()).isEqualByComparingTo("6.50");
    assertThat(c.getDifferenceInclVat()).isEqualByComparingTo("0.50");
    assertThat(c.getEnergyKwh()).isEqualByComparingTo("10");
    // 6.00 / 10 = 0.60
    assertThat(c.getPricePerKwhInclVat()).isEqualByComparingTo("0.60");
    assertThat(c.statedDiffersByMoreThan(new BigDecimal("0.01"))).isTrue();
    assertThat(c.statedDiffersByMoreThan(new BigDecimal("0.50"))).isFalse();
    // 6.00 - 0.55 x 10 = 0.50; under a cap of 0.79, nothing
    assertThat(c.excessOver(new BigDecimal("0.55"))).isEqualByComparingTo("0.50");
    assertThat(c.excessOver(new BigDecimal("0.79"))).isEqualByComparingTo("0");
  }

  @Test
  void aSessionFromACsvRowHasNoOcpiFigures() {
    market.csvSession("S-CSV", "CP1", "2026-10-06T14:00", "8");
    OcpiCharge c = charges.batch(market.sessions).pricing("S-CSV").get();
    assertThat(c.isPresent()).isFalse();
    assertThat(c.isPriced()).isFalse();
    assertThat(c.getTariffId()).isNull();
    assertThat(c.getComputedInclVat()).isNull();
    assertThat(c.getStatedInclVat()).isNull();
    assertThat(c.getDifferenceInclVat()).isNull();
    assertThat(c.getPricePerKwhInclVat()).isNull();
    assertThat(c.statedDiffersByMoreThan(BigDecimal.ZERO)).isFalse();
    assertThat(c.excessOver(BigDecimal.ZERO)).isEqualByComparingTo("0");
  }

  @Test
  void anUnknownTariffWithoutAnEmbeddedOneIsNotPricedAndSaysWhy() {
    OcpiCharge c = priced(OctoberCdrs.UNKNOWN_TARIFF);
    assertThat(c.isPresent()).isTrue();
    assertThat(c.isPriced()).isFalse();
    assertThat(c.getTariffId()).isEqualTo("T-GONE");
    assertThat(c.getReasonCategory()).isEqualTo("no tariff");
    assertThat(c.getReason())
        .isEqualTo(
            "tariff T-GONE is not among OP1's tariffs as they stood at 2026-10-06T14:00:00Z, and"
                + " the CDR embeds no tariff");
    assertThat(c.getComputedInclVat()).isNull();
    assertThat(c.getDifferenceInclVat()).isNull();
  }

  @Test
  void aCdrInAnotherCurrencyIsNotPricedNeverMixingCurrencies() {
    OcpiCharge c = priced(OctoberCdrs.IN_EUROS);
    assertThat(c.isPriced()).isFalse();
    assertThat(c.getCurrency()).isEqualTo("EUR");
    assertThat(c.getReasonCategory()).isEqualTo("other currency");
    assertThat(c.getReason())
        .isEqualTo("the CDR is in EUR and the pack settles in GBP: currencies are never mixed");
  }

  @Test
  void theOperatorsTariffIsTheVersionInForceAtTheSessionsStart() {
    // a December session: the 2026-11-01 version, 10 x 0.70 = 7.00, x 1.20 = 8.40
    OcpiCharge c = priced(cdr("GBP", "2026-12-01T11:00:00Z", "T-AC", "10", "7.00", "8.40", ""));
    assertThat(c.getComputedInclVat()).isEqualByComparingTo("8.40");
    assertThat(c.getDifferenceInclVat()).isEqualByComparingTo("0");
  }

  @Test
  void aTariffNotStoredIsTakenFromTheCdr() {
    // T-EMB only in the CDR: 10 x 0.40 = 4.00, x 1.20 = 4.80, 0.48 per kWh
    OcpiCharge c = priced(OctoberCdrs.OWN_TARIFF);
    assertThat(c.getTariffSource()).isEqualTo(OcpiCharge.EMBEDDED_TARIFF);
    assertThat(c.getComputedInclVat()).isEqualByComparingTo("4.80");
    assertThat(c.getPricePerKwhInclVat()).isEqualByComparingTo("0.48");
  }

  @Test
  void anUnreadableCdrIsNotPricedWithTheFieldThatIsWrong() {
    OcpiCharge c = priced("{\"currency\": \"GBP\"}");
    assertThat(c.isPresent()).isTrue();
    assertThat(c.isPriced()).isFalse();
    assertThat(c.getReasonCategory()).isEqualTo("unreadable CDR");
    assertThat(c.getReason()).startsWith("the CDR of session S-1: ");
  }
}
