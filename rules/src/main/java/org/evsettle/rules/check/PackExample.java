package org.evsettle.rules.check;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.evsettle.settlement.domain.CurrentType;

/**
 * A worked example a pack carries ({@code examples/*.yaml}): the inputs of one period and the lines
 * (and compliance violations) the pack must produce from them, no more and no fewer. Chargers and
 * sites are the example's {@code operator}'s unless a row names another; sessions may carry a card
 * ({@code id_tag}, used as its pseudonym) and may start before the period (a baseline's days).
 * Chargers are compliant unless the example says otherwise; their {@code current_type} (AC, DC) and
 * {@code connector} are optional, as in a chargers file, so an example can show a power-class
 * policy. Their meter is the example meter ({@code meter_public_key} and {@code meter_serial} may
 * name another), and every session carries meter values it signed for the session's energy unless
 * the session says {@code signed: false} (none), {@code metered_kwh} (the meter signed another
 * energy) or gives its own {@code signed_data}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PackExample(
    String description,
    String period,
    String operator,
    List<ChargerRow> chargers,
    List<SiteRow> sites,
    List<RatingRow> ratings,
    List<SessionRow> sessions,
    List<DischargeRow> discharges,
    List<DispatchRow> dispatch,
    List<ReadingRow> readings,
    List<PriceRow> prices,
    List<CarbonRow> carbon,
    Map<String, BigDecimal> capUsed,
    List<LineRow> expectedLines,
    List<ViolationRow> expectedViolations) {

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ChargerRow(
      String chargerId,
      String operatorId,
      String siteId,
      String utilityId,
      String district,
      String access,
      BigDecimal ratedPowerKw,
      Boolean v2gCapable,
      Integer ocppSecurityProfile,
      Boolean firmwareSigned,
      Boolean defaultCredentialsChanged,
      LocalDate tlsCertExpires,
      String signedMetering,
      CurrentType currentType,
      String connector,
      String meterPublicKey,
      String meterSerial) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record RatingRow(String siteId, String quarter, String rating) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record SessionRow(
      String sessionId,
      String chargerId,
      OffsetDateTime startedAt,
      OffsetDateTime endedAt,
      BigDecimal energyKwh,
      String idTag,
      OffsetDateTime firstReportedAt,
      String signedData,
      Boolean signed,
      BigDecimal meteredKwh) {}

  /** A site of the registry; its operator is the example's unless it names one. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record SiteRow(
      String siteId,
      String operatorId,
      String utilityId,
      String district,
      BigDecimal maxDemandKw) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record DischargeRow(
      String dischargeId,
      String chargerId,
      OffsetDateTime startedAt,
      OffsetDateTime endedAt,
      BigDecimal energyKwh) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record DispatchRow(
      String eventId,
      String kind,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String siteId,
      String district,
      String utilityId) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ReadingRow(
      String meterId, OffsetDateTime intervalStart, int intervalMinutes, BigDecimal importKwh) {}

  /** A utility's published price of an interval (the pack's currency unless given). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record PriceRow(
      String utilityId,
      OffsetDateTime intervalStart,
      int intervalMinutes,
      BigDecimal price,
      String currency) {}

  /** A utility's grid carbon intensity of an hour. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record CarbonRow(String utilityId, OffsetDateTime hourStart, BigDecimal gco2PerKwh) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record LineRow(
      String component,
      String windowClass,
      String recordId,
      String payer,
      String payee,
      BigDecimal quantity,
      BigDecimal rate,
      BigDecimal amount) {

    /** A comparable one-line form; numbers by value. */
    public String key() {
      return component
          + " "
          + (windowClass == null ? "-" : windowClass)
          + " "
          + recordId
          + " "
          + payer
          + "->"
          + payee
          + " "
          + plain(quantity)
          + " x "
          + plain(rate)
          + " = "
          + money(amount);
    }

    // by value, with at least two decimals: 2.00 and 2 are one amount; a dinar keeps its third
    private static String money(BigDecimal amount) {
      BigDecimal a = amount.stripTrailingZeros();
      return (a.scale() < 2 ? a.setScale(2) : a).toPlainString();
    }

    private static String plain(BigDecimal value) {
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ViolationRow(String chargerId, String requirement) {}
}
