package org.evsettle.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.evsettle.rules.testing.TestRecords;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.UtilityPrice;
import org.junit.jupiter.api.Test;

/** A session's energy at a utility's published price of each interval it spans. */
class UtilityPricesTest {

  private static final Currency GBP = Currency.getInstance("GBP");

  private static UtilityPrice price(String start, String price, String currency) {
    return new UtilityPrice(
        "OCTO",
        Instant.parse(start),
        30,
        new BigDecimal(price),
        Currency.getInstance(currency),
        RecordStatus.ACTIVE);
  }

  private static SessionFact session(String from, String to, String kwh) {
    return new SessionFact(
        TestRecords.session("U-6", "CP9", from, to, kwh),
        1,
        Instant.parse(to),
        new ChargerFact(TestRecords.charger("CP9", "OCTO")),
        0,
        List.of());
  }

  private final UtilityPrices prices =
      new UtilityPrices(
          "OCTO",
          List.of(
              price("2026-10-14T16:00:00Z", "0.3512", "GBP"),
              price("2026-10-14T16:30:00Z", "0.4075", "GBP"),
              price("2026-10-14T17:00:00Z", "0.2890", "GBP")));

  @Test
  void energyIsSharedOverTheIntervalsByDuration() {
    // 16:15-17:15, 12 kWh: 15, 30 and 15 minutes = 3, 6 and 3 kWh
    assertThat(prices.split(session("2026-10-14T16:15:00Z", "2026-10-14T17:15:00Z", "12"), GBP))
        .extracting(e -> e.from() + " " + e.kwh().toPlainString() + " x " + e.price())
        .containsExactly(
            "2026-10-14T16:15:00Z 3 x 0.3512",
            "2026-10-14T16:30:00Z 6 x 0.4075",
            "2026-10-14T17:00:00Z 3 x 0.2890");
  }

  @Test
  void aThirdOfAnIntervalStillAddsUpToTheSessionsEnergy() {
    // 16:20-17:00, 1 kWh: 10 of 40 minutes and 30 of 40: 0.25 and 0.75
    var split = prices.split(session("2026-10-14T16:20:00Z", "2026-10-14T17:00:00Z", "1"), GBP);
    assertThat(split).extracting(e -> e.kwh().toPlainString()).containsExactly("0.25", "0.75");
    // 16:10-16:40, 1 kWh: thirds that add up to exactly 1
    var thirds = prices.split(session("2026-10-14T16:10:00Z", "2026-10-14T16:55:00Z", "1"), GBP);
    assertThat(thirds.stream().map(PricedEnergy::kwh).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1");
  }

  @Test
  void anIntervalWithoutAPriceIsAnErrorNeverANoughtPrice() {
    assertThatThrownBy(
            () -> prices.split(session("2026-10-14T17:15:00Z", "2026-10-14T17:45:00Z", "5"), GBP))
        .hasMessage(
            "utility OCTO published no price for 2026-10-14T17:30:00Z: session U-6 cannot be"
                + " priced at its interval prices");
  }

  @Test
  void aPriceInAnotherCurrencyIsAnError() {
    UtilityPrices euros =
        new UtilityPrices("OCTO", List.of(price("2026-10-14T16:00:00Z", "0.30", "EUR")));
    assertThatThrownBy(
            () -> euros.split(session("2026-10-14T16:00:00Z", "2026-10-14T16:30:00Z", "5"), GBP))
        .hasMessage("utility OCTO priced 2026-10-14T16:00:00Z in EUR, the pack settles in GBP");
  }

  @Test
  void aSessionIsPricedAtIntervalPricesOnlyWhereTheUtilityPublishedSome() {
    // before the first published interval: the tariff prices it
    assertThat(prices.covers(session("2026-10-14T15:00:00Z", "2026-10-14T16:00:00Z", "5")))
        .isFalse();
    // reaching into the first interval, or inside one: interval prices (split refuses a gap)
    assertThat(prices.covers(session("2026-10-14T15:30:00Z", "2026-10-14T16:10:00Z", "5")))
        .isTrue();
    assertThat(prices.covers(session("2026-10-14T17:10:00Z", "2026-10-14T17:20:00Z", "5")))
        .isTrue();
    assertThat(prices.covers(session("2026-10-14T17:30:00Z", "2026-10-14T18:00:00Z", "5")))
        .isFalse();
  }

  @Test
  void overlappingIntervalsOfOneUtilityAreRefused() {
    assertThatThrownBy(
            () ->
                new UtilityPrices(
                    "OCTO",
                    List.of(
                        new UtilityPrice(
                            "OCTO",
                            Instant.parse("2026-10-14T16:00:00Z"),
                            60,
                            new BigDecimal("0.30"),
                            GBP,
                            RecordStatus.ACTIVE),
                        price("2026-10-14T16:30:00Z", "0.40", "GBP"))))
        .hasMessage(
            "utility OCTO published overlapping prices: 60 minutes from 2026-10-14T16:00:00Z and"
                + " 30 minutes from 2026-10-14T16:30:00Z");
  }
}
